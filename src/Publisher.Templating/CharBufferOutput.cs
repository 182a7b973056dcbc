using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>
/// Template output into one growing character buffer, kept per thread between renders: a render that is read
/// as a span (<see cref="TemplateRenderer.Render{T}"/>) allocates neither builder chunks nor an intermediate string.
/// </summary>
internal sealed class CharBufferOutput : IScriptOutput
{
    /// <summary>Buffers larger than this (a whole digest, say) are not kept for the next render.</summary>
    private const int KeptCapacity = 1 << 20;

    /// <summary>At most this many spare outputs are kept per thread: one per level of render within render (an include).</summary>
    private const int KeptSpares = 4;

    [ThreadStatic]
    private static Stack<CharBufferOutput>? spares;

    private char[] _buffer = new char[16 * 1024];
    private int _length;

    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    /// <summary>An empty output: one of this thread's spare ones, or a new one while all are in use (a render within a render).</summary>
    public static CharBufferOutput Rent() => spares is { Count: > 0 } kept ? kept.Pop() : new CharBufferOutput();

    public static void Return(CharBufferOutput output)
    {
        output._length = 0;
        spares ??= new Stack<CharBufferOutput>(KeptSpares);
        if (output._buffer.Length <= KeptCapacity && spares.Count < KeptSpares) spares.Push(output);
    }

    public void Write(string text, int offset, int count)
    {
        if (_buffer.Length - _length < count)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        text.AsSpan(offset, count).CopyTo(_buffer.AsSpan(_length));
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>What <c>Template.Render</c> returns for an output it was given: nothing (it is read elsewhere).</summary>
    public override string ToString() => "";
}
