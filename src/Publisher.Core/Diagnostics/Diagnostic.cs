using System.Globalization;

namespace Publisher.Core.Diagnostics;

/// <summary>A problem in user input, located in a file. Rendered as <c>path:line[:col]: error: message</c>.</summary>
/// <param name="File">
/// The file, '/'-separated below the content folder (<see cref="InContentFolder"/>, the default: an article, <c>site.yml</c>),
/// else as the user reaches it from where they stand (an output or template, with its folder as typed).
/// </param>
public sealed record Diagnostic(string File, int Line, int? Column, Severity Severity, string Message)
{
    /// <summary>
    /// Whether <see cref="File"/> is relative to the content folder, as the model names files (ids, caches), and not yet as
    /// the user reaches it: <see cref="Shown"/> joins it to the folder as the user typed it.
    /// </summary>
    public bool InContentFolder { get; init; } = true;

    /// <summary>A diagnostic on a path as the user reaches it (an output, a template, a folder given on the command line).</summary>
    public static Diagnostic AsGiven(string path, Severity severity, string message, int line = 0, int? column = null) =>
        new(path, line, column, severity, message) { InContentFolder = false };

    /// <summary>
    /// This diagnostic as printed for a build whose content folder was given as <paramref name="contentFolderAsTyped"/>: its
    /// file as the user reaches it from where they stand, which editors, terminals and CI problem matchers open
    /// (<c>content/posts/a.md:3</c>, not <c>posts/a.md:3</c>).
    /// </summary>
    public Diagnostic Shown(string contentFolderAsTyped) =>
        InContentFolder ? this with { File = ShownPath.Join(contentFolderAsTyped, File), InContentFolder = false } : this;

    public override string ToString()
    {
        var where = Line > 0
            ? Column is { } col ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{col}") : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
            : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {level}: {Message}";
    }
}
