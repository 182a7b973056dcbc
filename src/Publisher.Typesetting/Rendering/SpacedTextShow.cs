using System.Text;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// One run of words in one face, size and colour, written as a single <c>TJ</c> whose numbers move
/// each word to the position the line breaker set (stretched or shrunk spaces).
/// <para>PDFsharp still draws a short probe string at the run's start: it realizes font and colour,
/// positions the text (Td) and records the probe's characters for the font subset and ToUnicode map.
/// The probe is the run's first character plus every character not yet drawn in this document, so
/// PDFsharp encodes each character once; its glyph ids are learned from the operator it wrote
/// (<c>&lt;hex&gt; Tj</c>), which is then replaced by the run's <c>TJ</c>.</para>
/// </summary>
internal sealed class SpacedTextShow
{
    private char[] _text = new char[256];
    private int _length;
    private readonly List<(int Glyph, int Adjustment)> _adjustments = [];
    private readonly StringBuilder _probe = new();
    private const string Hex = "0123456789abcdef";
    private char[] _tail = new char[256];
    private char[] _out = new char[1024];

    public void Clear()
    {
        _length = 0;
        _adjustments.Clear();
    }

    public void AddText(string text)
    {
        if (_text.Length < _length + text.Length) Array.Resize(ref _text, Math.Max(_length + text.Length, _text.Length * 2));
        text.CopyTo(0, _text, _length, text.Length);
        _length += text.Length;
    }

    /// <summary>Moves the following glyphs right by <paramref name="points"/> at font size <paramref name="size"/>.</summary>
    public void AddShift(double points, double size)
    {
        // TJ numbers are thousandths of the font size (kept to tenths here); a negative number moves right.
        var tenths = (int)Math.Round(-points * 10000 / size);
        if (tenths != 0) _adjustments.Add((_length, tenths));
    }

    /// <summary>The string to hand to PDFsharp: the first character and every one <paramref name="glyphs"/> lacks.</summary>
    public string Probe(GlyphTable glyphs)
    {
        _probe.Clear();
        if (_length == 0) return "";
        _probe.Append(_text[0]);
        for (var i = 1; i < _length; i++)
        {
            var c = _text[i];
            if (!glyphs.TryGet(c, out _) && c != _text[0] && !Contains(_probe, c)) _probe.Append(c);
        }
        return _probe.ToString();
    }

    /// <summary>
    /// Replaces the probe's <c>Tj</c> appended to <paramref name="content"/> after <paramref name="start"/>
    /// by the run's <c>TJ</c>; false (content unchanged) when the tail is not the glyph string expected.
    /// </summary>
    public bool TryReplace(StringBuilder content, int start, string probe, GlyphTable glyphs)
    {
        var length = content.Length - start;
        if (length <= 0) return false;
        if (_tail.Length < length) _tail = new char[Math.Max(length, _tail.Length * 2)];
        content.CopyTo(start, _tail, 0, length);
        var tail = _tail.AsSpan(0, length);
        if (!tail.EndsWith(" Tj\n")) return false;
        var open = tail.LastIndexOf('<');
        var close = tail.LastIndexOf('>');
        if (open < 0 || close < open || !TryLearn(tail[(open + 1)..close], probe, glyphs)) return false;
        for (var i = 0; i < _length; i++)
            if (!glyphs.TryGet(_text[i], out _)) return false;

        // The TJ is composed in a buffer and appended at once: at most 4 hex digits per glyph plus the numbers.
        var needed = 8 + _length * 4 + _adjustments.Count * 16;
        if (_out.Length < needed) _out = new char[Math.Max(needed, _out.Length * 2)];
        var output = _out.AsSpan();
        output[0] = '[';
        output[1] = '<';
        var position = 2;
        var next = 0;
        for (var i = 0; i < _length; i++)
        {
            if (next < _adjustments.Count && _adjustments[next].Glyph == i)
            {
                output[position++] = '>';
                output[position++] = ' ';
                position += FormatTenths(_adjustments[next++].Adjustment, output[position..]);
                output[position++] = ' ';
                output[position++] = '<';
            }
            glyphs.TryGet(_text[i], out var glyph);
            output[position++] = Hex[glyph >> 12];
            output[position++] = Hex[(glyph >> 8) & 0xF];
            output[position++] = Hex[(glyph >> 4) & 0xF];
            output[position++] = Hex[glyph & 0xF];
        }
        ">] TJ\n".CopyTo(output[position..]);
        position += 6;
        content.Length = start + open;
        content.Append(_out, 0, position);
        return true;
    }

    private static bool TryLearn(ReadOnlySpan<char> hex, string probe, GlyphTable glyphs)
    {
        Span<char> digits = stackalloc char[4];
        var count = 0;
        var index = 0;
        foreach (var c in hex)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (!char.IsAsciiHexDigit(c) || index >= probe.Length) return false;
            digits[count++] = c;
            if (count < 4) continue;
            glyphs.Learn(probe[index++], ushort.Parse(digits, System.Globalization.NumberStyles.HexNumber));
            count = 0;
        }
        return count == 0 && index == probe.Length;
    }

    /// <summary>Writes tenths as a decimal number ("-150", "23.8") and returns its length.</summary>
    private static int FormatTenths(int tenths, Span<char> buffer)
    {
        var length = 0;
        if (tenths < 0) buffer[length++] = '-';
        var magnitude = Math.Abs(tenths);
        (magnitude / 10).TryFormat(buffer[length..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        length += written;
        if (magnitude % 10 != 0)
        {
            buffer[length++] = '.';
            buffer[length++] = (char)('0' + magnitude % 10);
        }
        return length;
    }

    private static bool Contains(StringBuilder builder, char c)
    {
        for (var i = 0; i < builder.Length; i++)
            if (builder[i] == c) return true;
        return false;
    }
}
