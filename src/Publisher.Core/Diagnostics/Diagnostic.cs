using System.Globalization;

namespace Publisher.Core.Diagnostics;

/// <summary>A problem in user input, located in a file. Rendered as <c>path:line[:col]: error: message</c>.</summary>
public sealed record Diagnostic(string File, int Line, int? Column, Severity Severity, string Message)
{
    public override string ToString()
    {
        var where = Line > 0
            ? Column is { } col ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{col}") : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
            : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {level}: {Message}";
    }
}
