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

    public string Markup { get; init { field = value; text = null; } } = Markup;

    public override string Text => text ??= LinkMarkerScanner.TextOf(Markup).Trim(' ');

    /// <summary>Equal by markup, truncation and line (the text follows from the markup; whether it was made yet does not count).</summary>
    public bool Equals(TazParagraph? other) =>
        other is not null && base.Equals(other) && Markup == other.Markup;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Markup);
}

/// <summary>A <c>## </c> subhead inside the body.</summary>
public sealed record TazSubhead(string Text, bool Truncated, int Line) : TazBodyBlock(Truncated, Line)
{
    public override string Text { get; } = Text;
}
