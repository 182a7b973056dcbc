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
        if (store.Find(key, slot) is { } kept && IsWholePng(kept)) return kept;
        var png = CoverRasterizer.ToPng(svg, out problem);
        if (png is not null) store.Keep(key, slot, png);
        return png;
    }

    /// <summary>Starts with the PNG signature and ends with the IEND chunk: not cut off, not something else.</summary>
    private static bool IsWholePng(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        && bytes.EndsWith((ReadOnlySpan<byte>)[0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82]);
}
