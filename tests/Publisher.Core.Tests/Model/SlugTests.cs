using Publisher.Core.Model;

namespace Publisher.Core.Tests.Model;

public class SlugTests
{
    [Theory]
    [InlineData("Ost/West", "ost-west")]
    [InlineData("Mieten & Wohnen", "mieten-wohnen")]
    [InlineData("Überseeische Straße", "ueberseeische-strasse")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("  --Ä--  ", "ae")]
    [InlineData("İstanbul", "istanbul")] // the invariant culture does not lower-case İ; its decomposition I + dot it does
    [InlineData("ÅNGSTRÖM ẞ", "angstroem-ss")]
    public void Slugs_fold_to_lowercase_ascii_words(string text, string slug) => Assert.Equal(slug, Slug.From(text).Value);

    [Theory]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("日本")]
    [InlineData("!!!")]
    public void Text_without_letters_gets_a_hash_slug(string text)
    {
        var slug = Slug.From(text).Value;
        Assert.Matches("^tag-[0-9a-f]{8}$", slug);
        Assert.Equal(slug, Slug.From(text).Value);
    }

    [Fact]
    public void Collisions_count_up_from_two_in_request_order()
    {
        var allocator = new SlugAllocator();
        Assert.Equal("ost-west", allocator.Allocate(Slug.From("Ost/West")).Value);
        Assert.Equal("ost-west-2", allocator.Allocate(Slug.From("Ost-West")).Value);
        Assert.Equal("ost-west-3", allocator.Allocate(Slug.From("ost west")).Value);
    }

    [Fact]
    public void A_natural_dash_two_slug_is_not_handed_out_twice()
    {
        var allocator = new SlugAllocator();
        Assert.Equal("a-2", allocator.Allocate(Slug.From("a 2")).Value);
        Assert.Equal("a", allocator.Allocate(Slug.From("a")).Value);
        Assert.Equal("a-3", allocator.Allocate(Slug.From("A")).Value);
    }

    [Theory]
    [InlineData("neue-bruecke", true)]
    [InlineData("Neue", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("a/b", false)]
    [InlineData("..", false)]
    public void Only_clean_slugs_parse(string text, bool ok) => Assert.Equal(ok, Slug.TryParse(text, out _));

    [Fact]
    public void Long_text_is_cut_to_a_sane_file_name()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("wort", 60))).Value;
        Assert.True(slug.Length <= 80);
        Assert.False(slug.EndsWith('-'));
    }
}
