using System.Collections.Immutable;

namespace Publisher.Core.Parsing.Taz;

/// <summary>Collects the diagnostics and human notes of one parse.</summary>
internal sealed class TazDiagnosticBag
{
    private readonly ImmutableArray<TazDiagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<TazDiagnostic>();
    private readonly ImmutableArray<string>.Builder notes = ImmutableArray.CreateBuilder<string>();

    public void Warn(int line, string message) => diagnostics.Add(new TazDiagnostic(line, false, message));

    public void Note(string note) => notes.Add(note);

    public ImmutableArray<TazDiagnostic> Diagnostics => diagnostics.ToImmutable();

    public ImmutableArray<string> Notes => notes.ToImmutable();
}
