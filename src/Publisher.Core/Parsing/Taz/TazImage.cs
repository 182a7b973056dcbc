namespace Publisher.Core.Parsing.Taz;

/// <summary>One <c>Bild:</c> line of the header zone (spec §7).</summary>
/// <param name="Caption">Caption text without the credit; may be empty.</param>
/// <param name="Credit">Text after the last <c> Foto: </c> or <c> Bild: </c>, or null.</param>
/// <param name="Truncated">The line was cut by the 80-byte rule.</param>
public sealed record TazImage(string Caption, string? Credit, bool Truncated);
