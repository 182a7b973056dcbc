namespace Publisher.Core.Model;

/// <summary>The place and agency that open a news report: <c>Washington afp |</c>.</summary>
public sealed record Dateline(string Place, string Agency);
