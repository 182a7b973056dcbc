namespace Publisher.Typesetting.Markup;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A problem in the markup, reported as <c>file:line:col: severity: message</c>.</summary>
public sealed record MarkupDiagnostic(string Source, int Line, int Column, Severity Severity, string Message)
{
    public override string ToString() =>
        $"{Source}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
