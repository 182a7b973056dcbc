namespace Publisher.Typesetting.LineBreaking;

/// <summary>A paragraph turned into Knuth–Plass items plus the text pieces its boxes draw.</summary>
public sealed class ItemList
{
    public List<Item> Items { get; } = [];
    public List<TextPiece> Pieces { get; } = [];

    /// <summary>True when at least one flagged (hyphenation) penalty was inserted.</summary>
    public bool HasHyphenationPoints { get; set; }
}
