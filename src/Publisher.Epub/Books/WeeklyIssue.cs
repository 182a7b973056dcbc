using System.Collections.Immutable;
using System.Globalization;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Core.Wording;

namespace Publisher.Epub.Books;

/// <summary>
/// A week as a periodical issue, <c>epub/{YYYY-Www}.epub</c>: one section per first tag (untagged last),
/// articles oldest first, the site as the series and the week as the position in it.
/// </summary>
public static class WeeklyIssue
{
    public static OutputPath PathOf(WeekGroup week) => OutputPath.For("epub", week.Week, ".epub");

    public static string KeyOf(WeekGroup week) => "week/" + week.Week;

    public static EpubBook From(Corpus corpus, WeekGroup week)
    {
        var site = corpus.Site;
        var language = BookText.Language(site, week.Articles);
        var words = Words.For(language);
        var sections = week.Sections.Select((s, i) => BookText.Visible(s.Tag?.Name ?? "", "") is { Length: > 0 } name
            ? new BookSection($"s{i + 1}", name, s.Articles, InBookWords: false)
            : new BookSection($"s{i + 1}", words.Untagged, s.Articles, InBookWords: true));
        // The cover names the issue's sections, the fullest first.
        var topTags = CoverTags.MostUsed(week.Sections.Where(s => s.Tag is not null).SelectMany(s => Enumerable.Repeat(s.Tag!, s.Articles.Length)));
        var weekTitle = words.WeekTitle(week.Week);
        var dates = words.DateRange(week.Week.Start, week.Week.End);
        var sectionNames = sections.Select(s => s.Title).ToList();
        var key = KeyOf(week);
        return new EpubBook
        {
            Path = PathOf(week),
            Key = key,
            Identifier = BookIdentity.Of(site.BaseUrl, key),
            Title = $"{BookText.Visible(site.Title, "Publisher")} – {weekTitle}",
            HeadingInBookWords = true,
            Description = $"{weekTitle} ({dates}){words.Colon} {words.Articles(week.Articles.Length)} – {string.Join(", ", sectionNames)}.",
            Subjects = [.. sectionNames.Where(name => name != words.Untagged)],
            Language = language,
            Modified = BookText.Newest(week.Articles, site.TimeZone),
            Sections = [.. sections],
            Cover = new CoverText(BookText.Visible(site.Title, "Publisher"), weekTitle, dates, [.. topTags]),
            Collection = new BookCollection(BookText.Visible(site.Title, "Publisher"), Position(week.Week)),
            Words = words,
        };
    }

    /// <summary>
    /// The issue's place in the site's series, a whole number that orders weeks across years: <c>202610</c> for week
    /// 10 of 2026. Calibre and Kobo read the position as a number: <c>2026.10</c> showed as <c>#2026.1</c>, as week 1 might.
    /// </summary>
    private static string Position(IsoWeek week) => (week.Year * 100 + week.Week).ToString(CultureInfo.InvariantCulture);
}
