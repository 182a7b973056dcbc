using System.Text;
using Publisher.Typesetting.Fonts;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// One run of words in one face, size and colour, written as a single <c>TJ</c> whose numbers move
/// each word to the position the line breaker set (stretched or shrunk spaces).
/// <para>Glyph ids come from the face's <see cref="GlyphTable"/>; characters not in it yet are first
/// drawn by PDFsharp as a probe (<see cref="Probe"/>, see <see cref="PageFonts"/>), which records them
/// for the font subset and the ToUnicode map and tells us their glyph ids.</para>
/// </summary>
internal sealed class SpacedTextShow
{
    private char[] _text = new char[256];
    private int _length;
    private readonly List<(int Glyph, int Adjustment)> _adjustments = [];
    private readonly StringBuilder _probe = new();
    private ushort[] _glyphs = new ushort[256];

    public ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        _adjustments.Clear();
    }

    /// <summary>Adds <paramref name="text"/> but its default-ignorable characters, which are measured as nothing and drawn as nothing.</summary>
    public void AddText(string text)
    {
        if (_text.Length < _length + text.Length) Array.Resize(ref _text, Math.Max(_length + text.Length, _text.Length * 2));
        if (!DefaultIgnorable.AnyIn(text))
        {
            text.CopyTo(0, _text, _length, text.Length);
            _length += text.Length;
            return;
        }
        foreach (var c in text)
        {
            if (!DefaultIgnorable.Contains(c)) _text[_length++] = c;
        }
    }

    /// <summary>Moves the following glyphs right by <paramref name="points"/> at font size <paramref name="size"/>.</summary>
    public void AddShift(double points, double size)
    {
        // TJ numbers are thousandths of the font size (kept to tenths here); a negative number moves right.
        var tenths = (int)Math.Round(-points * 10000 / size);
        if (tenths != 0) _adjustments.Add((_length, tenths));
    }

    /// <summary>
    /// The characters <paramref name="glyphs"/> lacks, each once, in order of appearance; with
    /// <paramref name="withFirst"/> the run's first character leads (so the probe is never empty).
    /// </summary>
    public string Probe(GlyphTable glyphs, bool withFirst)
    {
        _probe.Clear();
        if (_length == 0) return "";
        if (withFirst) _probe.Append(_text[0]);
        for (var i = 0; i < _length; i++)
        {
            var c = _text[i];
            if (!glyphs.TryGet(c, out _) && !Contains(_probe, c)) _probe.Append(c);
        }
        return _probe.ToString();
    }

    /// <summary>Writes the run's <c>TJ</c>; false (nothing written) when a character has no glyph id yet.</summary>
    public bool TryWrite(ContentStreamWriter content, GlyphTable glyphs)
    {
        if (_glyphs.Length < _length) _glyphs = new ushort[Math.Max(_length, _glyphs.Length * 2)];
        for (var i = 0; i < _length; i++)
            if (!glyphs.TryGet(_text[i], out _glyphs[i])) return false;
        content.Raw("[<"u8);
        var start = 0;
        foreach (var (glyph, adjustment) in _adjustments)
        {
            content.Glyphs(_glyphs.AsSpan(start, glyph - start));
            content.Raw("> "u8);
            content.Tenths(adjustment);
            content.Raw(" <"u8);
            start = glyph;
        }
        content.Glyphs(_glyphs.AsSpan(start, _length - start));
        content.Raw(">] TJ\n"u8);
        return true;
    }

    private static bool Contains(StringBuilder builder, char c)
    {
        for (var i = 0; i < builder.Length; i++)
            if (builder[i] == c) return true;
        return false;
    }
}
