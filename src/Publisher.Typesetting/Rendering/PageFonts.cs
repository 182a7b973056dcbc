using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using Publisher.Typesetting.Fonts;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// What PDFsharp still does for the text of one page: it draws a short probe string per face
/// (the first time the face is used on the page, and whenever characters turn up that the document
/// has not drawn yet). That puts the font into the page's resources, records the characters for
/// the embedded subset and the ToUnicode map, and writes a <c>Tf</c> (the face's resource name on
/// this page) and a <c>Tj</c> (the probe's glyph ids), which are read back here. PDFsharp's own
/// operators are then dropped: the page's content stream is written by <see cref="PdfPageCanvas"/>.
/// </summary>
internal sealed class PageFonts(XGraphics graphics, PdfResources resources)
{
    private readonly Dictionary<FontFaceKey, string> _names = [];
    private char[] _tail = new char[256];

    /// <summary>The face's resource name on this page if a probe already drew it here.</summary>
    public bool TryGetName(FontFaceKey face, out string name) => _names.TryGetValue(FontMetrics.For(face).Face, out name!);

    /// <summary>
    /// Draws <paramref name="probe"/> through PDFsharp and learns its glyph ids into
    /// <paramref name="glyphs"/> (one per character: no surrogate pairs); returns the face's resource name.
    /// </summary>
    public string Probe(FontFaceKey face, double size, string probe, GlyphTable glyphs)
    {
        var hex = DrawProbe(face, size, probe, out var name);
        if (!TryLearn(hex, probe, glyphs))
            throw new InvalidOperationException($"PDFsharp wrote an unexpected text operator for '{probe}'");
        return name;
    }

    /// <summary>The hex glyph string PDFsharp writes for <paramref name="text"/> (any text, surrogate pairs too).</summary>
    public string GlyphHex(FontFaceKey face, double size, string text, out string name)
    {
        var hex = new StringBuilder();
        foreach (var c in DrawProbe(face, size, text, out name))
            if (!char.IsWhiteSpace(c)) hex.Append(c);
        return hex.ToString();
    }

    private ReadOnlySpan<char> DrawProbe(FontFaceKey face, double size, string probe, out string name)
    {
        var resolved = FontMetrics.For(face).Face;
        var content = graphics.Internals.ContentStringBuilder
                      ?? throw new InvalidOperationException("PDFsharp's page content is not a string builder");
        var before = content.Length;
        graphics.DrawString(probe, resources.Font(face, size), XBrushes.Black, 0, 0, XStringFormats.BaseLineLeft);
        var length = content.Length - before;
        if (_tail.Length < length) _tail = new char[Math.Max(length, _tail.Length * 2)];
        content.CopyTo(before, _tail, 0, length);
        content.Length = before; // the probe's operators are not part of the page
        var tail = _tail.AsSpan(0, length);
        if (!_names.TryGetValue(resolved, out name!))
        {
            name = FontName(tail) ?? throw new InvalidOperationException($"PDFsharp selected no font for '{probe}'");
            _names[resolved] = name;
        }
        var open = tail.LastIndexOf('<');
        var close = tail.LastIndexOf('>');
        if (!tail.EndsWith(" Tj\n") || open < 0 || close < open)
            throw new InvalidOperationException($"PDFsharp wrote an unexpected text operator for '{probe}'");
        return tail[(open + 1)..close];
    }

    /// <summary>The name in PDFsharp's "/F0 10 Tf" line.</summary>
    private static string? FontName(ReadOnlySpan<char> operators)
    {
        var tf = operators.IndexOf(" Tf\n");
        if (tf < 0) return null;
        var line = operators[..tf];
        var start = line.LastIndexOf('\n') + 1;
        line = line[start..];
        var space = line.IndexOf(' ');
        return space > 0 && line[0] == '/' ? line[..space].ToString() : null;
    }

    internal static bool TryLearn(ReadOnlySpan<char> hex, string probe, GlyphTable glyphs)
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
            glyphs.Learn(probe[index++], ushort.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            count = 0;
        }
        return count == 0 && index == probe.Length;
    }
}
