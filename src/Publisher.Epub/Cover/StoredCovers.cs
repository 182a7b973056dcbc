using Publisher.Epub.Books;
using Publisher.Epub.Container;

namespace Publisher.Epub.Cover;

/// <summary>
/// Cover images kept in a piece store by the SVG they are drawn from: a book that is written again without a new
/// cover (the usual case: its heading, dates and top tags stay) takes the PNG instead of drawing it again.
/// </summary>
internal sealed class StoredCovers(IPieceStore? store)
{
    /// <summary>The PNG of <paramref name="svg"/>, or null with the reason in <paramref name="problem"/>.</summary>
    public byte[]? ToPng(EpubBook book, string svg, out string? problem)
    {
        problem = null;
        if (store is null) return CoverRasterizer.ToPng(svg, out problem);
        using var keyBuilder = new PieceKeyBuilder();
        var key = keyBuilder.Add("epub/cover").Add(svg).Finish();
        var slot = new PieceSlot(PieceSlot.BookOf(book.Key), 1);
        if (store.Find(key, slot) is { Length: > 0 } kept) return kept;
        var png = CoverRasterizer.ToPng(svg, out problem);
        if (png is not null) store.Keep(key, slot, png);
        return png;
    }
}
