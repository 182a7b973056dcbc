using System.Collections.Immutable;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Core.Wording;

namespace Publisher.Epub.Books;

/// <summary>All articles of one tag, <c>epub/tags/{slug}.epub</c>: one section per week, newest week and article first.</summary>
public static class TagBook
{
    public static OutputPath PathOf(TagGroup group) => OutputPath.Of("epub", "tags", group.Tag.Slug.Value + ".epub");

    public static string KeyOf(TagGroup group) => "tag/" + group.Tag.Name;

    public static EpubBook From(Corpus corpus, TagGroup group)
    {
        var site = corpus.Site;
        var language = BookText.Language(site, group.Articles);
        var words = Words.For(language);
        var weeks = group.ByWeekNewestFirst().ToList();
        var sections = weeks.Select((w, i) => new BookSection($"s{i + 1}",
            $"{words.WeekTitle(w.Week)} ({words.DateRange(w.Week.Start, w.Week.End)})", w.Articles, InBookWords: true));
        var tagName = BookText.Visible(group.Tag.Name, group.Tag.Slug.Value);
        var dates = group.Articles.Select(a => a.Published.Date).ToList();
        var related = CoverTags.MostUsed(group.Articles.SelectMany(a => corpus.TagsOf(a)).Where(t => t != group.Tag)).ToList();
        var range = dates.Count == 0 ? "" : words.DateRange(dates.Min(), dates.Max());
        var key = KeyOf(group);
        return new EpubBook
        {
            Path = PathOf(group),
            Key = key,
            Identifier = BookIdentity.Of(site.BaseUrl, key),
            Title = $"{BookText.Visible(site.Title, "Publisher")} – {tagName}",
            Description = $"{tagName} ({range}){words.Colon} {words.Articles(group.Articles.Length)}.",
            Subjects = [tagName, .. related],
            Language = language,
            Modified = BookText.Newest(group.Articles, site.TimeZone),
            Sections = [.. sections],
            Cover = new CoverText(BookText.Visible(site.Title, "Publisher"), tagName, range, [.. related]),
            Words = words,
        };
    }
}
