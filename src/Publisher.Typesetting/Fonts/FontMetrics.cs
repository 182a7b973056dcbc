using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// Advance widths and vertical metrics of one face, in units of 1/1000 of the font size.
/// PDFsharp draws without kerning, so a word's width is the sum of its characters' advances:
/// what we measure is exactly what it draws.
/// </summary>
public sealed class FontMetrics
{
    private const double ReferenceSize = 1000;
    private const int DenseRange = 0x2100; // Latin, Greek, Cyrillic, general punctuation
    private static readonly ConcurrentDictionary<FontFaceKey, FontMetrics> Cache = new();

    private readonly XFont _referenceFont;
    private readonly double[] _dense = new double[DenseRange];
    private readonly ConcurrentDictionary<char, double> _sparse = new();
    private readonly Lock _measureGate = new();
    private XGraphics? _measureContext;

    private FontMetrics(FontFaceKey face)
    {
        Face = face;
        _referenceFont = CreateFont(face, ReferenceSize);
        var metrics = _referenceFont.Metrics;
        double unitsPerEm = metrics.UnitsPerEm;
        Ascent = metrics.Ascent / unitsPerEm * ReferenceSize;
        Descent = metrics.Descent / unitsPerEm * ReferenceSize;
        // The OS/2 table's yStrikeoutPosition (top of the stroke) and yStrikeoutSize; a font without them gets a line a
        // little above half the x-height of most Latin faces.
        var strikeTop = metrics.StrikethroughPosition / unitsPerEm * ReferenceSize;
        var strikeThickness = metrics.StrikethroughThickness / unitsPerEm * ReferenceSize;
        var plausible = strikeThickness > 0 && strikeThickness < 200 && strikeTop > strikeThickness && strikeTop < 600;
        StrikethroughThickness = plausible ? strikeThickness : 50;
        StrikethroughTop = plausible ? strikeTop : 300;
        var bytes = FontLibrary.Shared.GetBytes(face.FaceName);
        Scripts = bytes is null ? ScriptPlacement.Default : ScriptPlacement.Read(bytes);
        XHeight = bytes is null ? XHeightReader.Default : XHeightReader.Read(bytes);
        Array.Fill(_dense, double.NaN);
    }

    public FontFaceKey Face { get; }

    /// <summary>Ascender height per 1000 units of font size.</summary>
    public double Ascent { get; }

    /// <summary>Descender depth (positive) per 1000 units of font size.</summary>
    public double Descent { get; }

    /// <summary>Height of a strikethrough stroke's top above the baseline, per 1000 units of font size.</summary>
    public double StrikethroughTop { get; }

    /// <summary>Thickness of a strikethrough stroke, per 1000 units of font size.</summary>
    public double StrikethroughThickness { get; }

    /// <summary>The top of <paramref name="c"/>'s glyph above the baseline per 1000 units of font size (<see cref="GlyphBounds"/>); 0 when unknown.</summary>
    public double GlyphTop(char c) =>
        _tops.GetOrAdd(c, static (c, face) => FontLibrary.Shared.GetBytes(face.FaceName) is { } bytes ? GlyphBounds.Top(bytes, c) ?? 0 : 0, Face);

    private readonly ConcurrentDictionary<char, double> _tops = new();

    /// <summary>Height of the lower-case letters (<see cref="XHeightReader"/>), per 1000 units of font size.</summary>
    public double XHeight { get; }

    /// <summary>Size and shift of superscript and subscript text set in this face (from its OS/2 table).</summary>
    public ScriptPlacement Scripts { get; }

    private static readonly ConcurrentDictionary<FontFaceKey, FontMetrics> ByRequest = new();

    /// <summary>Metrics of the face the library resolves <paramref name="face"/> to (cached per request).</summary>
    public static FontMetrics For(FontFaceKey face)
    {
        if (ByRequest.TryGetValue(face, out var metrics)) return metrics;
        FontSetup.EnsureInstalled();
        var resolved = FontLibrary.Shared.Resolve(face);
        metrics = Cache.GetOrAdd(resolved, static key => new FontMetrics(key));
        ByRequest.TryAdd(face, metrics);
        return metrics;
    }

    /// <summary>An XFont for drawing this face at a size (Unicode encoding: Identity-H + ToUnicode).</summary>
    public static XFont CreateFont(FontFaceKey face, double size) =>
        new(face.FaceName, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public double Width(char c, double size)
    {
        double units;
        if (c < DenseRange)
        {
            units = _dense[c];
            if (double.IsNaN(units)) units = _dense[c] = MeasureUnits(c);
        }
        else
        {
            units = _sparse.GetOrAdd(c, MeasureUnits);
        }
        return units * size / ReferenceSize;
    }

    public double Width(ReadOnlySpan<char> text, double size)
    {
        double total = 0;
        foreach (var c in text) total += Width(c, 1000);
        return total * size / ReferenceSize;
    }

    private double MeasureUnits(char c)
    {
        if (char.IsSurrogate(c) || DefaultIgnorable.Contains(c)) return 0; // the canvas draws no glyph for an ignorable
        lock (_measureGate)
        {
            _measureContext ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
            return _measureContext.MeasureString(c.ToString(), _referenceFont).Width;
        }
    }
}
