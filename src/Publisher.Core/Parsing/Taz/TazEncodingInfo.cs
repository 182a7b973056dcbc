namespace Publisher.Core.Parsing.Taz;

/// <summary>How the bytes of a dump were laid out (spec §14 <c>encoding</c>): informative only.</summary>
/// <param name="Bom">The file started with a UTF-8 byte order mark.</param>
/// <param name="CrLf">The bytes contain at least one <c>\r\n</c> (clarification 3).</param>
/// <param name="Framed">At least 90 % of the non-empty lines are Markdown table rows (spec §3).</param>
public sealed record TazEncodingInfo(bool Bom, bool CrLf, bool Framed)
{
    public string LineEndings => CrLf ? "crlf" : "lf";
}
