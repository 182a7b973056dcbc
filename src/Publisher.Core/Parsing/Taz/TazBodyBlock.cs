namespace Publisher.Core.Parsing.Taz;

/// <summary>One element of the article body (spec §14 <c>body[]</c>).</summary>
public abstract record TazBodyBlock(string Text, bool Truncated, int Line);

/// <summary>A paragraph: <see cref="Markup"/> keeps <c>[n][anchor]</c> markers, <c>Text</c> shows only anchors.</summary>
public sealed record TazParagraph(string Text, string Markup, bool Truncated, int Line)
    : TazBodyBlock(Text, Truncated, Line);

/// <summary>A <c>## </c> subhead inside the body.</summary>
public sealed record TazSubhead(string Text, bool Truncated, int Line)
    : TazBodyBlock(Text, Truncated, Line);
