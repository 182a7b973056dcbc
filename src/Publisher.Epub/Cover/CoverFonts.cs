using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Publisher.Epub.Cover;

/// <summary>
/// The fonts covers are drawn with, shipped inside the assembly (DejaVu Sans, see Fonts/LICENSE-DejaVu.txt), so a
/// cover looks the same on every machine. Any family the SVG names maps to them: bold weights to the bold face.
/// </summary>
internal sealed class CoverFonts : ITypefaceProvider
{
    public static readonly CoverFonts Instance = new();

    private CoverFonts()
    {
        Regular = Load("DejaVuSans.ttf");
        Bold = Load("DejaVuSans-Bold.ttf");
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
        fontWeight >= SKFontStyleWeight.SemiBold ? Bold : Regular;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CoverFonts).Assembly.GetManifestResourceStream("Publisher.Epub.Fonts." + file)
            ?? throw new InvalidOperationException($"font {file} is not embedded");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"font {file} does not load");
    }
}
