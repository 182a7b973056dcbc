using CsCheck;
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

    [Theory]
    [InlineData("C", "c")]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C#", "c-sharp")]
    [InlineData("F#", "f-sharp")]
    [InlineData("c#", "c-sharp")]
    [InlineData("C++/CLI", "c-plus-plus-cli")]
    [InlineData("Google+", "google-plus")]
    [InlineData("Disney+ Serien", "disney-plus-serien")]
    [InlineData("A+", "a-plus")]
    [InlineData("1+1", "1-plus-1")]
    [InlineData("Ü#", "ue-sharp")]
    [InlineData("#MeToo", "metoo")] // a hashtag's mark, not "sharp"
    [InlineData("#C#", "c-sharp")]
    [InlineData("Kunst + Kultur", "kunst-kultur")] // a + standing apart joins words, as & and / do
    [InlineData("+49", "49")]
    [InlineData(".NET", "net")]
    [InlineData("AT&T", "at-t")]
    [InlineData("Q&A", "q-a")]
    [InlineData("100%", "100")]
    [InlineData("Ost/West", "ost-west")]
    public void Tag_slugs_spell_out_a_plus_or_sharp_that_is_part_of_a_word(string name, string slug) => Assert.Equal(slug, Slug.OfTag(name).Value);

    [Theory]
    [InlineData("+")]
    [InlineData("#")]
    [InlineData("日本+")]
    public void A_tag_name_without_a_word_keeps_its_hash_slug(string name) => Assert.Equal(Slug.From(name), Slug.OfTag(name));

    [Fact]
    public void Tag_slugs_are_cut_to_a_sane_file_name()
    {
        var slug = Slug.OfTag(string.Concat(Enumerable.Repeat("C++ ", 30))).Value;
        Assert.True(slug.Length <= 80);
        Assert.False(slug.EndsWith('-'));
        Assert.True(Slug.TryParse(slug, out _));
    }

    /// <summary>Feed and book addresses are subscribed to: a tag whose name has no + and no # keeps the slug it always had.</summary>
    [Fact]
    public void A_tag_name_without_plus_or_sharp_keeps_its_slug()
    {
        var piece = Gen.OneOf(
            Gen.Char['\u0000', '\u02FF'].Select(c => c.ToString()),
            Gen.OneOf("C", "c", "Ä", "ß", "İ", " ", "-", "/", "&", "%", ".", "日本", "\u0301", "NET", "x", "1"));
        piece.Array[0, 30].Select(string.Concat).Where(name => !name.Contains('+') && !name.Contains('#')).Sample(name =>
            Assert.Equal(Slug.From(name), Slug.OfTag(name)), iter: 20000);
    }

    [Fact]
    public void Tag_slugs_are_clean_slugs()
    {
        var piece = Gen.OneOf(Gen.Char['\u0000', '\u02FF'].Select(c => c.ToString()), Gen.OneOf("+", "#", "++", " #", "C", "日"));
        piece.Array[0, 30].Select(string.Concat).Sample(name => Assert.True(Slug.TryParse(Slug.OfTag(name).Value, out _), name), iter: 20000);
    }
}
