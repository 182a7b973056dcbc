using System.Collections.Concurrent;

namespace Publisher.Epub.Container;

/// <summary>
/// Small files whose text is usually the same in every book (the stylesheet): each distinct text is deflated once
/// and its piece reused. Only a few texts are kept; past that, texts are deflated each time.
/// </summary>
internal sealed class RepeatedTexts(int level)
{
    private const int MaxTexts = 8;
    private const int MaxLength = 64 * 1024;
    private readonly ConcurrentDictionary<string, DeflatedPiece> _pieces = new(StringComparer.Ordinal);

    public DeflatedPiece Piece(string text)
    {
        if (_pieces.TryGetValue(text, out var piece)) return piece;
        piece = TextPieces.Deflate(text, level);
        if (text.Length <= MaxLength && _pieces.Count < MaxTexts) _pieces.TryAdd(text, piece);
        return piece;
    }
}
