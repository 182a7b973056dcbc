using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

public class SiteConfigReaderTests
{
    [Fact]
    public void Reads_every_setting()
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Parse("""
            title: Stadtbote
            description: Nachrichten
            base_url: https://stadtbote.example
            author:
              name: Redaktion
              email: r@stadtbote.example
            language: de
            time_zone: Europe/Berlin
            feed_entries: 20
            pdf:
              page_size: a5
            """, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Stadtbote", site.Title);
        Assert.Equal(new Uri("https://stadtbote.example/"), site.BaseUrl);
        Assert.Equal(new SiteAuthor("Redaktion", "r@stadtbote.example"), site.Author);
        Assert.Equal("Europe/Berlin", site.TimeZone.Id);
        Assert.Equal(20, site.FeedEntries);
        Assert.Equal(PageSize.A5, site.PageSize);
    }

    [Theory]
    [InlineData("title: Stadtbote\nbase_url: https://s.example\n", "Stadtbote", null)]
    [InlineData("author: { email: r@s.example }\ntitle: Stadtbote\nbase_url: https://s.example\n", "Stadtbote", "r@s.example")]
    [InlineData("author: ''\ntitle: Stadtbote\nbase_url: https://s.example\n", "Stadtbote", null)]
    [InlineData("title: Stadtbote\nauthor: Redaktion\nbase_url: https://s.example\n", "Redaktion", null)]
    public void Without_an_author_name_the_site_is_its_own_author(string yaml, string name, string? email)
    {
        var site = SiteConfigReader.Parse(yaml, new DiagnosticBag());
        Assert.Equal(new SiteAuthor(name, email), site.Author);
    }

    [Theory]
    [InlineData("r@s.example", "r@s.example", null)]
    [InlineData("Redaktion <r@s.example>", "r@s.example", "site.yml:4: warning: author email 'Redaktion <r@s.example>' is more than an address; using r@s.example (the name belongs in author's name)")]
    [InlineData("redaktion at s.example", null, "site.yml:4: warning: author email 'redaktion at s.example' is not an email address (such as name@example.org); it is left out")]
    [InlineData("r@", null, "site.yml:4: warning: author email 'r@' is not an email address (such as name@example.org); it is left out")]
    public void The_authors_email_is_an_address_alone_as_atom_requires(string written, string? email, string? warning)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Parse($"title: T\nauthor:\n  name: Redaktion\n  email: \"{written}\"\n", diagnostics);
        Assert.Equal(new SiteAuthor("Redaktion", email), site.Author);
        Assert.Equal(warning is null ? [] : [warning], diagnostics.Sorted().Select(d => d.ToString()).Where(d => d.Contains("email")));
    }

    [Fact]
    public void An_unknown_setting_near_a_known_one_suggests_it()
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Parse("title: T\nbase_url: https://t.example\ntime_zome: Europe/Berlin\nLanguage: de\nsmart_punctation: false\npdf: { page_sise: A5 }\ncolour: red\n", diagnostics);
        Assert.Equal(
        [
            "site.yml:3: warning: unknown setting 'time_zome' (did you mean 'time_zone'?) is ignored",
            "site.yml:4: warning: unknown setting 'Language' (did you mean 'language'?) is ignored",
            "site.yml:5: warning: unknown setting 'smart_punctation' (did you mean 'smart_punctuation'?) is ignored",
            "site.yml:6: warning: unknown pdf setting 'page_sise' (did you mean 'page_size'?) is ignored",
            "site.yml:7: warning: unknown setting 'colour' is ignored",
        ], diagnostics.Sorted().Select(d => d.ToString()));
        Assert.True(site.SmartPunctuation);
    }

    [Fact]
    public void Bad_values_are_located_errors_and_defaults_stay()
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Parse("base_url: ftp://x\ntime_zone: Mars/Olympus\nfeed_entries: -3\npage_size: B5\ncolour: red\nlanguage: 42!\n", diagnostics);
        Assert.Equal(
        [
            "site.yml:1: error: base_url 'ftp://x' is not an absolute http(s) URL",
            "site.yml:1: warning: no title; feeds and books are called 'Publisher'",
            "site.yml:2: error: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Berlin)",
            "site.yml:3: error: feed_entries must be a positive whole number, not '-3'",
            "site.yml:4: error: page_size must be A4, A5 or Letter, not 'B5'",
            "site.yml:5: warning: unknown setting 'colour' is ignored",
            "site.yml:6: error: language '42!' is not a language tag (such as de or en-GB)",
        ], diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal(PageSize.A4, site.PageSize);
        Assert.Equal(50, site.FeedEntries);
    }

    [Fact]
    public void A_missing_base_url_is_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Parse("title: X\n", diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Warning && d.Message.Contains("base_url"));
    }

    [Theory]
    [InlineData("title: Stadtbote: Berlin\n", "site.yml:1:17: error: a value containing ': ' must be quoted: title: \"Stadtbote: Berlin\"")]
    [InlineData("title: X\nauthor: [unclosed\n", "site.yml:2:9: error: the '[' that starts this value is never closed: end a list with ']' (author: [a, b]), or quote a text: author: \"[unclosed\"")]
    [InlineData("author: [unclosed\ntitle: X\n", "site.yml:1:9: error: the '[' that starts this value is never closed: end a list with ']' (author: [a, b]), or quote a text: author: \"[unclosed\"")]
    [InlineData("title:X\n", "site.yml:1:6: error: a field is 'key: value', with a space after the colon: title: X")]
    public void A_yaml_mistake_says_what_to_write_and_nothing_crashes(string yaml, string expected)
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Parse(yaml, diagnostics);
        Assert.Equal([expected], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Smart_punctuation_is_on_unless_turned_off()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(SiteConfigReader.Parse("title: x\nbase_url: https://x.example/\n", diagnostics).SmartPunctuation);
        Assert.False(SiteConfigReader.Parse("title: x\nbase_url: https://x.example/\nsmart_punctuation: false\n", diagnostics).SmartPunctuation);
        Assert.Empty(diagnostics.Sorted());
        Assert.True(SiteConfigReader.Parse("title: x\nbase_url: https://x.example/\nsmart_punctuation: off\n", diagnostics).SmartPunctuation);
        Assert.Equal(["site.yml:3: error: smart_punctuation must be true or false, not 'off'"], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_folder_without_site_yml_inside_a_site_is_an_error_naming_the_site_and_elsewhere_it_gets_defaults()
    {
        var site = ContentFolder.Write("site-config", ("site.yml", "title: Kiezblog\nbase_url: https://kiez.example/\n"), ("posts/a.md", "x"));
        var diagnostics = new DiagnosticBag();
        var read = SiteConfigReader.Read(Path.Combine(site, "posts"), diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains($"but {Path.Combine(site, "site.yml")} is a site's: build that folder (--content {site})", error.Message);

        var alone = ContentFolder.Write("site-config", ("a.md", "x"));
        diagnostics = new DiagnosticBag();
        Assert.Equal(new Site().BaseUrl, SiteConfigReader.Read(alone, diagnostics).BaseUrl);
        Assert.Equal(Severity.Warning, Assert.Single(diagnostics.Sorted()).Severity);
    }
}
