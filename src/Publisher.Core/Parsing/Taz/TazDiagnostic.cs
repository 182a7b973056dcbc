namespace Publisher.Core.Parsing.Taz;

/// <summary>A problem found in a dump, as data: 1-based line, severity, message.</summary>
public sealed record TazDiagnostic(int Line, bool IsError, string Message)
{
    /// <summary><c>file:line: warning: message</c>, the format every tool of the project prints.</summary>
    public string Format(string file) => $"{file}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
