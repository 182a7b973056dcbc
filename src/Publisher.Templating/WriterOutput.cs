using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>
/// Template output into a <see cref="TextWriter"/>, written as spans of the template's strings. Scriban's own
/// <c>TextWriterOutput</c> copies every piece into a new substring first.
/// </summary>
internal sealed class WriterOutput(TextWriter writer) : IScriptOutput
{
    public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>What <c>Template.Render</c> returns for an output it was given: nothing (it is read elsewhere).</summary>
    public override string ToString() => "";
}
