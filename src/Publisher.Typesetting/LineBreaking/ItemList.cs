namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// A paragraph turned into Knuth–Plass items plus the text its boxes draw: each piece is a word (or
/// part) as offsets into its run's text, and the run style it is set in (shared by the run's words,
/// so no object per word).
/// </summary>
public sealed class ItemList
{
    public ItemList() : this(0) { }

    /// <summary>A list with room for about <paramref name="capacity"/> items (no regrowing for typical text).</summary>
    public ItemList(int capacity)
    {
        Items = new List<Item>(capacity);
        Pieces = new List<PieceText>(capacity);
    }

    public List<Item> Items { get; }
    public List<PieceText> Pieces { get; }

    public void Clear()
    {
        Items.Clear();
        Pieces.Clear();
        HasHyphenationPoints = false;
    }

    /// <summary>True when at least one flagged (hyphenation) penalty was inserted.</summary>
    public bool HasHyphenationPoints { get; set; }
}
