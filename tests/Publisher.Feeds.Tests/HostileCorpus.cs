using System.Collections.Immutable;
using Publisher.Core.Grouping;
using Publisher.Core.Model;

namespace Publisher.Feeds.Tests;

/// <summary>
/// A corpus meant to break feeds: tags <c>&lt;script&gt;</c>, <c>../..</c>, <c>&amp;</c>; titles with <c>&lt;</c> and
/// <c>&amp;</c>; control characters; raw HTML in the body; an ISO week 53 and a week 1; times in other zones.
/// Half comes through the Markdown parser, half is built in memory so the feed layer meets raw control characters itself.
/// </summary>
internal static class HostileCorpus
{
    public const string Script = "<script>alert(1)</script>";
    public const string DotDot = "../..";
    public const string Ampersand = "&";

    public static readonly string[] HostileTitles = ["Less < more & \"quoted\"", "]]> ends CDATA & <b>bold</b>"];

    public static Corpus Create(Site? site = null)
    {
        site ??= TestCorpus.Site;
        var markdown = new[]
        {
            ("hostile-1.md", TestCorpus.Article("hostile-1", "2026-11-02", HostileTitles[0], [Script, DotDot, Ampersand],
                "Raw <script>alert(2)</script> and <img src=x onerror=alert(3)> text, a [relative](/path/page?a=1&b=2) link.\n\n## Sub <i>head</i> & more",
                teaser: "Teaser <b>bold</b> & more", author: "Eve <eve@example.org>")),
            ("hostile-2.md", TestCorpus.Article("hostile-2", "2026-11-09T23:30:00-05:00", HostileTitles[1], [Ampersand, "Ünïcödé 🎉"], "Emoji 🎉 and ümlauts.")),
            ("week-1.md", TestCorpus.Article("week-1", "2026-01-01", "New year", [DotDot], "First week.")),
            ("week-53.md", TestCorpus.Article("week-53", "2026-12-31", "Old year", [Script], "Week 53.")),
            ("plain.md", TestCorpus.Article("plain", "2026-11-04", "Plain", [], "Untagged.")),
        };
        // Read with the text as written: a straight quote in a title is what the feeds must escape, not „…“.
        var parsed = TestCorpus.FromFiles(site with { SmartPunctuation = false }, markdown).Articles;
        return Corpus.Create(site, [.. parsed, InMemory("control-1", new DateOnly(2026, 11, 3)), InMemory("control-2", new DateOnly(2026, 11, 17))]);
    }

    /// <summary>An article whose every text carries characters XML forbids.</summary>
    private static Article InMemory(string id, DateOnly date) => new()
    {
        Id = new ArticleId(Slug.From(id)),
        Slug = Slug.From(id),
        Title = "Bell\u0007 & <tab>\tand\u0001 NUL\0 \uFFFE end",
        Headline = "Bell\u0007",
        Teaser = "Vertical\u000Btab\u001F & <i>",
        Authors = ["Ctrl\u0002 Author"],
        Published = new PublicationDate(date),
        Language = "en\u0000; drop",
        Body = [new Paragraph([new TextRun("Body with \u0008 backspace, lone \uD800 surrogate & <tag>.")])],
        Tags = [Script, "Ctl\u0003Tag"],
        Source = new SourceFile($"{id}.md", "0"),
        Related = [new RelatedArticle("Related <x> & \u0004", null, "Related", "Teaser\u0005")],
        Links = [new ArticleLink(1, "/relative", new Uri("https://example.org/relative"), ["anchor <a>"])],
    };
}
