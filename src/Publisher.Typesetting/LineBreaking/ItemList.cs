namespace Publisher.Typesetting.LineBreaking;

/// <summary>A paragraph turned into Knuth–Plass items plus the text pieces its boxes draw.</summary>
public sealed class ItemList
{
    public ItemList() : this(0) { }

    /// <summary>A list with room for about <paramref name="capacity"/> items (no regrowing for typical text).</summary>
    public ItemList(int capacity)
    {
        Items = new List<Item>(capacity);
        Pieces = new List<TextPiece>(capacity);
    }

    public List<Item> Items { get; }
    public List<TextPiece> Pieces { get; }

    public void Clear()
    {
        Items.Clear();
        Pieces.Clear();
        HasHyphenationPoints = false;
    }

    /// <summary>True when at least one flagged (hyphenation) penalty was inserted.</summary>
    public bool HasHyphenationPoints { get; set; }
}
