using System.Collections.Concurrent;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Epub.Container;
using Publisher.Templating;

namespace Publisher.Epub.Chapters;

/// <summary>
/// Article content kept in a <see cref="IPieceStore"/>: rendered and deflated once, then found by its key by every
/// other book of this build and of later builds, so rewriting a book renders only the articles that changed.
/// An article is stored with every link absolute, together with its links to site article pages; in a book that
/// holds some of those pages the links become chapter links, and that variant is stored under its own key.
/// </summary>
internal sealed class StoredArticlePieces(TemplateRenderer renderer, Corpus corpus, IPieceStore store) : IArticlePieces
{
    private readonly string _articlePrefix = SiteLinks.ArticlePrefix(corpus.Site);

    /// <summary>Content being made right now, so two books that want it at once render it once.</summary>
    private readonly ConcurrentDictionary<PieceKey, Lazy<ArticleRecord>> _making = new();

    public DeflatedPiece Piece(Article article, InternalLinks links, Labels labels)
    {
        var baseKey = ArticlePieceKeys.Base(article, corpus.TagsOf(article), labels);
        var stored = FindOrMake(baseKey, ArticlePieceKeys.BaseSlot(article), () => new ArticleRecord(
            SiteLinks.Of(article, _articlePrefix),
            Deflate(ArticleTemplate.Render(renderer, corpus, article, ArticleTemplate.Absolute, labels))));
        var chapters = stored.SiteLinks.Select(page => (Page: page, Chapter: links.ChapterOf(page)))
            .Where(c => c.Chapter is not null).Select(c => (c.Page, c.Chapter!)).ToList();
        if (chapters.Count == 0) return stored.Piece;
        var variant = FindOrMake(ArticlePieceKeys.Variant(baseKey, chapters), ArticlePieceKeys.VariantSlot(article, chapters), () => new ArticleRecord(
            [],
            Deflate(ArticleTemplate.Render(renderer, corpus, article, links.Href, labels))));
        return variant.Piece;
    }

    public string Html(Article article, InternalLinks links, Labels labels) =>
        ArticleTemplate.Render(renderer, corpus, article, links.Href, labels);

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

    private static DeflatedPiece Deflate(string html) => TextPieces.Deflate(html, CompressionLevels.Text);
}
