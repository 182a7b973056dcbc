using System.Text;
using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>
/// Template output encoded to UTF-8 (no byte order mark) into a stream through a buffer kept per thread: a
/// <see cref="StreamWriter"/> per page allocates its character and byte buffers (40 KB) each time, which for the
/// small pages of a book (navigation, cover page) is more than the page itself.
/// </summary>
internal sealed class Utf8StreamOutput : IScriptOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Room for the longest UTF-8 sequence an encoder writes at once (a pair, or a held surrogate and a replacement).</summary>
    private const int MinimumRoom = 8;

    [ThreadStatic]
    private static Utf8StreamOutput? spare;

    private readonly byte[] _buffer = new byte[16 * 1024];

    /// <summary>Stateful, as a writer's: a surrogate pair split between two writes is still encoded as one character.</summary>
    private readonly Encoder _encoder = Utf8.GetEncoder();

    private Stream _stream = Stream.Null;
    private int _length;

    /// <summary>An output into <paramref name="stream"/>: this thread's spare one, or a new one while it is in use (a render within a render).</summary>
    public static Utf8StreamOutput Rent(Stream stream)
    {
        var output = spare ?? new Utf8StreamOutput();
        spare = null;
        output._stream = stream;
        return output;
    }

    /// <summary>Writes what is buffered to the stream (ending a split surrogate as a writer would) and keeps the output for the thread's next page.</summary>
    public static void Finish(Utf8StreamOutput output)
    {
        output.Encode([], flush: true);
        output.WriteBuffer();
        Return(output);
    }

    /// <summary>Keeps the output without writing what is buffered (the render failed).</summary>
    public static void Return(Utf8StreamOutput output)
    {
        output._encoder.Reset();
        output._length = 0;
        output._stream = Stream.Null;
        spare = output;
    }

    public void Write(string text, int offset, int count) => Encode(text.AsSpan(offset, count), flush: false);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>What <c>Template.Render</c> returns for an output it was given: nothing (it is read elsewhere).</summary>
    public override string ToString() => "";

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        while (true)
        {
            if (_buffer.Length - _length < MinimumRoom) WriteBuffer();
            _encoder.Convert(chars, _buffer.AsSpan(_length), flush, out var used, out var written, out var completed);
            _length += written;
            chars = chars[used..];
            if (completed) return;
        }
    }

    private void WriteBuffer()
    {
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
