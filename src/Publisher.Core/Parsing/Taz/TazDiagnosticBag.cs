using System.Collections.Immutable;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Parsing.Taz;

/// <summary>Collects the diagnostics (with 1-based lines) and human notes of one parse.</summary>
internal sealed class TazDiagnosticBag(string fileName)
{
    private readonly ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly ImmutableArray<string>.Builder notes = ImmutableArray.CreateBuilder<string>();

    public void Warn(int line, string message) =>
        diagnostics.Add(new Diagnostic(fileName, line, null, Severity.Warning, message));

    public void Note(string note) => notes.Add(note);

    public ImmutableArray<Diagnostic> Diagnostics => diagnostics.ToImmutable();

    public ImmutableArray<string> Notes => notes.ToImmutable();
}
