namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// A <c>Bild: CAPTION [Foto: CREDIT]</c> line (spec §7, clarification 9): the credit follows the last
/// <c> Foto: </c> or <c> Bild: </c> inside the caption; a caption of only <c>Foto: X</c> has credit X.
/// </summary>
internal static class ImageLine
{
    public const string Prefix = "Bild: ";

    public static bool IsImageLine(ReadOnlySpan<char> line) =>
        line.StartsWith(Prefix) || line is "Bild:";

    public static TazImage Read(TazLine line)
    {
        var caption = line.ShownLength > Prefix.Length ? line.ShownFrom(Prefix.Length).Trim(' ') : string.Empty;
        if (caption.StartsWith("Foto: ", StringComparison.Ordinal) || caption.StartsWith("Bild: ", StringComparison.Ordinal))
        {
            caption = " " + caption;
        }

        var marker = Math.Max(
            caption.LastIndexOf(" Foto: ", StringComparison.Ordinal),
            caption.LastIndexOf(" Bild: ", StringComparison.Ordinal));
        if (marker < 0)
        {
            return new TazImage(caption.Trim(' '), null, line.Truncated);
        }

        var credit = caption[(marker + 7)..].Trim(' ');
        return new TazImage(caption[..marker].Trim(' '), credit, line.Truncated);
    }
}
