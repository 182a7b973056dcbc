namespace Publisher.Typesetting.Document;

/// <summary>The element tree the typesetter lays out, plus the metadata the PDF carries.</summary>
public sealed record TypesetDocument(IReadOnlyList<Block> Blocks, DocumentInfo Info);

/// <summary>
/// PDF metadata. <see cref="Date"/> is the content's date (e.g. the newest article's instant), used as
/// creation and modification date so the bytes depend on content, not on the clock.
/// </summary>
public sealed record DocumentInfo(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    string Language,
    DateTimeOffset Date)
{
    public static DocumentInfo Untitled { get; } =
        new("Untitled", "", "", [], "en", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
