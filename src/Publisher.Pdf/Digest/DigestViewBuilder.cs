using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Templating.Views;
using Publisher.Core.Wording;

namespace Publisher.Pdf.Digest;

/// <summary>
/// Builds the view of one week: sections by first tag (each article printed once), and a table of
/// contents with a group per tag the week's articles carry, listing every article with that tag. A link to an article
/// printed in the digest leads to it inside the PDF (<see cref="DigestLinks"/>), and its subheads' ids are scoped by the
/// article's anchor (<c>article-{slug}.the-setup</c>), since the digest holds many articles. Pictures are linked as
/// <see cref="DigestPictures"/> says.
/// </summary>
public static class DigestViewBuilder
{
    public static DigestView Build(Corpus corpus, WeekGroup week)
    {
        var site = corpus.Site;
        var words = Words.For(site.Language);
        var anchors = week.Articles.ToDictionary(a => a.Id, DigestLinks.Anchor);
        var links = new DigestLinks(site, week.Articles);
        var views = new ArticleViews(corpus, links.Href, headingPrefix: a => DigestLinks.Anchor(a) + ".",
            pictures: picture => DigestPictures.Link(corpus, picture));

        var sections = week.Sections.Select(section =>
        {
            var name = section.Tag?.Name ?? words.Untagged;
            return new SectionView(name, SectionAnchor(section.Tag),
                [.. section.Articles.Select(article => ArticleOf(views.Create(article), article, anchors[article.Id], name, links))]);
        }).ToList();

        // Print order: entries of a TOC group follow the pages they point at.
        var printOrder = week.Sections.SelectMany(section => section.Articles).Select((article, index) => (article.Id, index))
            .ToDictionary(pair => pair.Id, pair => pair.index);
        // Groups in the order of the pages their numbers show, so the contents' page numbers run forward: a tag with a
        // section of its own shows the section's page, any other tag its first article's; on one page a section comes
        // before the tags whose first article opens it (alphabetically).
        var tagsOfWeek = week.Articles.SelectMany(a => corpus.TagsOf(a)).Distinct()
            .OrderBy(t => t.Name, TagNameOrder.Instance).ToList();
        var groups = tagsOfWeek.Select(tag =>
        {
            var articles = week.Articles.Where(a => corpus.TagsOf(a).Contains(tag)).OrderBy(a => printOrder[a.Id]).ToList();
            var section = week.Sections.FirstOrDefault(s => s.Tag == tag);
            return (Tag: tag, Articles: articles, PrintedHere: section is not null, Starts: printOrder[(section is null ? articles[0] : section.Articles[0]).Id]);
        }).ToList();
        var toc = new List<TocGroupView>();
        foreach (var (tag, articles, printedHere, _) in groups.OrderBy(g => g.Starts).ThenBy(g => !g.PrintedHere)) // stable: then by name
        {
            toc.Add(new TocGroupView(tag.Name, printedHere ? SectionAnchor(tag) : anchors[articles[0].Id],
                [.. articles.Select(a => new TocArticleView(a.Headline, anchors[a.Id], corpus.TagsOf(a)[0] != tag))]));
        }
        var untagged = week.Sections.FirstOrDefault(s => s.Tag is null);
        if (untagged is not null)
            toc.Add(new TocGroupView(words.Untagged, SectionAnchor(null), [.. untagged.Articles.Select(a => new TocArticleView(a.Headline, anchors[a.Id], false))]));

        return new DigestView(
            SiteView.From(site),
            week.Week.ToString(),
            words.WeekTitle(week.Week),
            words.DateRange(week.Week.Start, week.Week.End),
            site.Language,
            site.PageSize.ToString(),
            WordsView.Of(words),
            DigestLabels.From(words),
            [.. groups.Select(g => new TagCountView(g.Tag.Name, g.Articles.Count, words.Articles(g.Articles.Count)))],
            toc,
            sections);
    }

    private static string SectionAnchor(Tag? tag) => tag is null ? "section-untagged" : "tag-" + tag.Slug.Value;

    /// <summary>
    /// The article's view with its numbered links to print: every link but those to an article of this digest (which
    /// lead to its page in the PDF, so a printed web address would send the reader away from what is at hand), each
    /// with its texts, unless a text only is the address printed after it, numbered as <see cref="NoteNumbers"/> says.
    /// </summary>
    private static DigestArticleView ArticleOf(ArticleView view, Article article, string anchor, string sectionName, DigestLinks links)
    {
        var parts = new List<string>();
        if (view.Byline.Length > 0) parts.Add(view.Byline);
        if (view.DatelinePlace is { Length: > 0 } place) parts.Add(view.DatelineAgency is { Length: > 0 } agency ? $"{place} ({agency})" : place);
        parts.Add(view.DateDisplay);
        var notes = article.Links.Where(link => !links.InDigest(link.Url)).Select(link =>
        {
            var target = ReadableUrl.Decode(link.Url?.AbsoluteUri ?? link.Href ?? "");
            var texts = link.Anchors.Distinct(StringComparer.Ordinal).Where(text => !DigestLinks.ShowsAddress(text, target));
            return new NoteView(link.Number, target, link.Url?.AbsoluteUri, string.Join(", ", texts));
        }).Where(n => n.Target.Length > 0).ToList();
        return new DigestArticleView(view, anchor, string.Join(" · ", parts), NoteNumbers.Of(notes, article), DigestLabels.From(Words.For(article.Language)),
            !string.IsNullOrEmpty(view.Kicker) && !Kickers.Repeat(view.Kicker, sectionName));
    }
}
