using System.Globalization;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The bytes of one page's content stream, written directly (no strings): operators, numbers in
/// the invariant culture with at most four decimals (as PDFsharp writes them), hex glyph strings.
/// One writer serves all pages of a document (<see cref="Reset"/> between pages).
/// </summary>
internal sealed class ContentStreamWriter
{
    private byte[] _buffer = new byte[64 * 1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Reset() => Length = 0;

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    /// <summary>A number rounded to four decimals, trailing zeros dropped ("12.5", "-0.25", "700"), then a space.</summary>
    public void Number(double value) => Formatted(value, 4);

    /// <summary>A colour component or font size: at most three decimals, then a space.</summary>
    public void Short(double value) => Formatted(value, 3);

    public void Integer(int value)
    {
        Ensure(12);
        value.TryFormat(_buffer.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
    }

    /// <summary>Glyph ids as four lowercase hex digits each, one after another.</summary>
    public void Glyphs(ReadOnlySpan<ushort> glyphs)
    {
        Ensure(4 * glyphs.Length);
        var target = _buffer.AsSpan(Length, 4 * glyphs.Length);
        var hex = Hex;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = glyphs[i];
            var at = 4 * i;
            target[at] = hex[glyph >> 12];
            target[at + 1] = hex[(glyph >> 8) & 0xF];
            target[at + 2] = hex[(glyph >> 4) & 0xF];
            target[at + 3] = hex[glyph & 0xF];
        }
        Length += target.Length;
    }

    /// <summary>Tenths of a TJ unit as a decimal number ("-150", "23.8").</summary>
    public void Tenths(int tenths)
    {
        Ensure(16);
        if (tenths < 0) _buffer[Length++] = (byte)'-';
        var magnitude = Math.Abs(tenths);
        Integer(magnitude / 10);
        if (magnitude % 10 == 0) return;
        _buffer[Length++] = (byte)'.';
        _buffer[Length++] = (byte)('0' + magnitude % 10);
    }

    private void Formatted(double value, int decimals)
    {
        Ensure(PdfNumber.MaxLength + 1);
        // Rounding first keeps "-0" out: a value that rounds to zero is written "0".
        if (Math.Abs(value) < 0.00005) value = 0;
        Length += PdfNumber.Write(value, decimals, _buffer.AsSpan(Length));
        _buffer[Length++] = (byte)' ';
    }

    private void Ensure(int more)
    {
        if (Length + more <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(Length + more, _buffer.Length * 2));
    }

    private static ReadOnlySpan<byte> Hex => "0123456789abcdef"u8;
}
