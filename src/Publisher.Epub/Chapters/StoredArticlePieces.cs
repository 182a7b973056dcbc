using System.Collections.Concurrent;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Container;
using Publisher.Templating;
using Publisher.Templating.Views;

namespace Publisher.Epub.Chapters;

/// <summary>
/// Article content kept in a <see cref="IPieceStore"/>: rendered and deflated once, then found by its key by every
/// other book of this build and of later builds, so rewriting a book renders only the articles that changed.
/// An article is stored with every link absolute, together with its links to site article pages; in a book that
/// holds some of those pages the links become chapter links, and that variant is stored under its own key.
/// Within a build, an article's key and record are also kept in memory until the last of its books has taken them
/// (<paramref name="booksPerArticle"/>; within <see cref="BudgetBytes"/>), so its other books neither hash its key
/// nor read it back from the store.
/// </summary>
internal sealed class StoredArticlePieces(TemplateRenderer renderer, Corpus corpus, IPieceStore store, IReadOnlyDictionary<ArticleId, int> booksPerArticle) : IArticlePieces
{
    public const long BudgetBytes = 64L << 20;
    private readonly string _articlePrefix = SiteLinks.ArticlePrefix(corpus.Site);
    private readonly ArticleViews _absoluteViews = ArticleTemplate.Views(corpus, ArticleTemplate.Absolute);
    private readonly ConcurrentDictionary<ArticleId, Kept> _kept = new();
    private long _keptBytes;

    /// <summary>Content being made right now, so two books that want it at once render it once.</summary>
    private readonly ConcurrentDictionary<PieceKey, Lazy<ArticleRecord>> _making = new();

    public DeflatedPiece Piece(Article article, InternalLinks links)
    {
        var (baseKey, stored) = Base(article);
        if (stored.SiteLinks.Count == 0) return stored.Piece; // most articles: nothing to look up per book
        return LinkedPiece(article, links, baseKey, stored);
    }

    /// <summary>
    /// The piece of an article that links to site article pages: the variant with links to this book's chapters, or
    /// the base when the book holds none of them. A method of its own: its closures would otherwise be allocated on
    /// every call of <see cref="Piece"/>.
    /// </summary>
    private DeflatedPiece LinkedPiece(Article article, InternalLinks links, PieceKey baseKey, ArticleRecord stored)
    {
        var targets = stored.SiteLinks.Select(page => (Page: page, Article: links.ArticleOf(page)))
            .Where(c => c.Article is not null).Select(c => (c.Page, Article: c.Article!)).ToList();
        if (targets.Count == 0) return stored.Piece;
        var chapters = targets.Select(t => (t.Page, ChapterFiles.Of(t.Article))).ToList();
        // The key has each linked article's content hash too: a link's fragment is kept when that article has a subhead
        // of that id, so the variant changes when its headings do (the slot stays the one of these links).
        var keyed = targets.Select(t => (t.Page, $"{ChapterFiles.Of(t.Article)} {t.Article.Source.ContentHash}")).ToList();
        var variant = FindOrMake(ArticlePieceKeys.Variant(baseKey, keyed), ArticlePieceKeys.VariantSlot(article, chapters), () => new ArticleRecord(
            [],
            ArticleTemplate.Deflate(renderer, ArticleTemplate.Views(corpus, links.Href), article)));
        return variant.Piece;
    }

    /// <summary>The article's base key and record, from memory when another book of this build asked for them already.</summary>
    private (PieceKey Key, ArticleRecord Record) Base(Article article)
    {
        var books = booksPerArticle.GetValueOrDefault(article.Id);
        var id = (article.Id);
        if (!_kept.TryGetValue(id, out var kept))
        {
            var key = ArticlePieceKeys.Base(article, corpus.TagsOf(article), corpus.Pictures);
            var record = FindOrMakeBase(key, article);
            if (books <= 1 || Interlocked.Read(ref _keptBytes) > BudgetBytes) return (key, record);
            kept = _kept.GetOrAdd(id, new Kept(key, record));
            if (kept.Record == record) Interlocked.Add(ref _keptBytes, record.Piece.Compressed.Length);
        }
        if (Interlocked.Increment(ref kept.Uses) >= books && _kept.TryRemove(new KeyValuePair<ArticleId, Kept>(id, kept)))
            Interlocked.Add(ref _keptBytes, -kept.Record.Piece.Compressed.Length);
        return (kept.Key, kept.Record);
    }

    /// <summary>A method of its own: the closure is then allocated only when a book does not find the article kept in memory.</summary>
    private ArticleRecord FindOrMakeBase(PieceKey key, Article article) =>
        FindOrMake(key, ArticlePieceKeys.BaseSlot(article), () => MakeBase(article));

    /// <summary>The article rendered with absolute links, and the site article pages it links to: its body and links read (decoded) once for both.</summary>
    private ArticleRecord MakeBase(Article article)
    {
        var (body, links) = (article.Body, article.Links);
        return new ArticleRecord(
            SiteLinks.Of(links, body, _articlePrefix),
            ArticleTemplate.Deflate(renderer, _absoluteViews.Create(article, body, links)));
    }

    public string Html(Article article, InternalLinks links) =>
        ArticleTemplate.Render(renderer, corpus, article, links.Href);

    private ArticleRecord FindOrMake(PieceKey key, PieceSlot slot, Func<ArticleRecord> make)
    {
        if (_making.TryGetValue(key, out var making)) return making.Value;
        if (store.Find(key, slot) is { } bytes && ArticleRecord.Decode(bytes) is { } found) return found;
        making = _making.GetOrAdd(key, _ => new Lazy<ArticleRecord>(() =>
        {
            var made = make();
            store.Keep(key, slot, made.Encode());
            return made;
        }));
        try
        {
            return making.Value;
        }
        finally
        {
            _making.TryRemove(new KeyValuePair<PieceKey, Lazy<ArticleRecord>>(key, making)); // the store has it now
        }
    }

    private sealed class Kept(PieceKey key, ArticleRecord record)
    {
        public int Uses;

        public PieceKey Key { get; } = key;

        public ArticleRecord Record { get; } = record;
    }
}
