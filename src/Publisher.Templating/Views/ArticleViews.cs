using System.Collections.Concurrent;
using System.Collections.Immutable;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Wording;

namespace Publisher.Templating.Views;

/// <summary>
/// Makes <see cref="ArticleView"/>s for one output. <paramref name="href"/> decides how a link target is written
/// (absolute by default; an EPUB maps links to articles in the same book onto its own chapters).
/// <paramref name="notes"/> says how note references and notes are linked. Subheads get ids (<see cref="HeadingIds"/>),
/// each after <paramref name="headingPrefix"/>'s for its article when given (a page holding several articles).
/// <paramref name="pictures"/> says where the output links each picture (by default it shows none, only their alt text).
/// </summary>
public sealed class ArticleViews(Corpus corpus, Func<Uri, string>? href = null, NoteLinks notes = NoteLinks.Html, Func<Article, string>? headingPrefix = null,
    Func<Picture, PictureLink?>? pictures = null)
{
    private readonly Func<Uri, string> _href = href ?? (url => url.AbsoluteUri);

    /// <summary>One view per tag of the corpus, shared by every article that carries it.</summary>
    private readonly ConcurrentDictionary<Tag, TagView> _tags = new(ReferenceEqualityComparer.Instance);

    public ArticleView Create(Article article) => Create(article, article.Body, article.Links);

    /// <summary>
    /// The view of <paramref name="article"/> made with its <paramref name="body"/> and <paramref name="links"/> as
    /// already read: reading them decodes them, so a caller that needs them too reads them once for both.
    /// </summary>
    public ArticleView Create(Article article, ImmutableArray<Block> body, ImmutableArray<ArticleLink> links)
    {
        var site = corpus.Site;
        var words = Words.For(article.Language);
        return new ArticleView
        {
            Id = article.Id.ToString(),
            Slug = article.Slug.Value,
            Url = site.Article(article.Slug).AbsoluteUri,
            Title = article.Title,
            Kicker = article.Kicker,
            Headline = article.Headline,
            Teaser = article.Teaser,
            Authors = article.Authors,
            AuthorRole = article.AuthorRole,
            Byline = words.Byline(article.Authors, article.AuthorRole),
            BylineHtml = BylineHtml(words, article),
            DatelinePlace = article.Dateline?.Place,
            DatelineAgency = article.Dateline?.Agency,
            Date = article.Published.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateDisplay = words.Date(article.Published.Date),
            Week = article.Week.ToString(),
            Language = article.Language,
            English = LanguageTag.Primary(article.Language) != "de",
            Words = WordsView.Of(words),
            Tags = [.. corpus.TagsOf(article).Select(t => _tags.GetOrAdd(t, static (tag, site) => TagView.From(tag, site), site))],
            Body = BlockView.From(body, _href, notes == NoteLinks.None ? null : NoteAnchors.Of(article, body, notes == NoteLinks.Epub),
                new HeadingIds(HeadingIds.Reserved(article.Slug.Value, body), headingPrefix?.Invoke(article) ?? ""), pictures),
            Links = Links(links, body),
            Related = [.. article.Related.Select(r => new RelatedView(r.Title, r.Kicker, r.Headline, r.Teaser))],
            Source = article.Source.RelativePath,
        };
    }

    /// <summary>The numbered links, each saying whether a link in the body leads to it (its number, with a target).</summary>
    private IReadOnlyList<LinkView> Links(ImmutableArray<ArticleLink> links, ImmutableArray<Block> body)
    {
        if (links.IsEmpty) return [];
        var shown = BodyLinks.In(body).Where(l => l.Url is not null).Select(l => l.Reference).OfType<int>().ToHashSet();
        return [.. links.Select(l => new LinkView(l.Number, l.Url is null ? null : _href(l.Url), l.Href, l.Anchors, l.Url is not null && shown.Contains(l.Number)))];
    }

    /// <summary>The byline escaped, its words ("by", "and") in spans that say their language where that is not the article's.</summary>
    private static string BylineHtml(Words words, Article article)
    {
        var marked = WordsView.Of(words).Marked;
        return string.Concat(words.BylineParts(article.Authors, article.AuthorRole).Select(part =>
            part.Ours && marked.Length > 0 ? $"<span{marked}>{Markup.Escape(part.Text)}</span>" : Markup.Escape(part.Text)));
    }
}
