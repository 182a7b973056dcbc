namespace Publisher.Core.Parsing.Taz;

/// <summary>How the bytes of a dump were laid out (spec §14 <c>encoding</c>): informative only.</summary>
/// <param name="Bom">The file started with a byte order mark (UTF-8, or UTF-16 or UTF-32, which it was then read as).</param>
/// <param name="CrLf">The text contains at least one <c>\r\n</c> (clarification 3).</param>
/// <param name="Framed">At least 90 % of the non-empty lines are Markdown table rows (spec §3).</param>
public sealed record TazEncodingInfo(bool Bom, bool CrLf, bool Framed)
{
    public string LineEndings => CrLf ? "crlf" : "lf";
}
