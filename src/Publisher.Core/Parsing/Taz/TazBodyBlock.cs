namespace Publisher.Core.Parsing.Taz;

/// <summary>One element of the article body (spec §14 <c>body[]</c>).</summary>
public abstract record TazBodyBlock(bool Truncated, int Line)
{
    /// <summary>The text a reader sees, without link markers.</summary>
    public abstract string Text { get; }
}

/// <summary>
/// A paragraph: <see cref="Markup"/> keeps <c>[n][anchor]</c> markers, <see cref="Text"/> shows only anchors. The text
/// is made from the markup when first asked for: a build reads only the markup.
/// </summary>
public sealed record TazParagraph(string Markup, bool Truncated, int Line) : TazBodyBlock(Truncated, Line)
{
    private string? text;
    private IReadOnlyList<LinkMarkerScanner.Use>? uses;

    public string Markup { get; init { field = value; text = null; uses = null; } } = Markup;

    public override string Text => text ??= LinkMarkerScanner.TextOf(Markup, Uses).Trim(' ');

    /// <summary>The markers in <see cref="Markup"/>: as the body reader found them, or read again when first asked for.</summary>
    internal IReadOnlyList<LinkMarkerScanner.Use> Uses
    {
        get => uses ??= LinkMarkerScanner.UsesOf(Markup);
        init => uses = value;
    }

    /// <summary>Equal by markup, truncation and line (text and markers follow from the markup; whether they were made yet does not count).</summary>
    public bool Equals(TazParagraph? other) =>
        other is not null && base.Equals(other) && Markup == other.Markup;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Markup);
}

/// <summary>A <c>## </c> subhead inside the body.</summary>
public sealed record TazSubhead(string Text, bool Truncated, int Line) : TazBodyBlock(Truncated, Line)
{
    public override string Text { get; } = Text;
}
