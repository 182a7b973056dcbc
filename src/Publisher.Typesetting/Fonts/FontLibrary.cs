using System.Collections.Concurrent;
using System.Reflection;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// The font files the typesetter may use: the shipped Noto Serif / Noto Sans faces, DejaVu Sans
/// Mono for preformatted text and code, DejaVu Sans for symbols the others lack (<see cref="FallbackFamily"/>;
/// embedded resources) plus whatever a site adds from its own folder.
/// Faces are keyed by family and style; the bytes are read only when PDFsharp first asks for them.
/// </summary>
public sealed class FontLibrary
{
    public const string SerifFamily = "Noto Serif";
    public const string SansFamily = "Noto Sans";
    public const string MonospaceFamily = "DejaVu Sans Mono";

    /// <summary>
    /// The face for characters the text's faces have no glyph for (arrows, mathematical operators, check marks, stars,
    /// geometric shapes: Noto Serif and Noto Sans have none), which <see cref="PrintableText"/> sets in it.
    /// </summary>
    public const string FallbackFamily = "DejaVu Sans";

    private static readonly string[] StyleSuffixes = ["Regular", "Bold", "Italic", "BoldItalic"];
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _faces = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The process-wide library (PDFsharp's font resolver is global, so is this).</summary>
    public static FontLibrary Shared { get; } = WithShippedFonts();

    public IReadOnlyCollection<string> FaceNames => _faces.Keys.Order(StringComparer.Ordinal).ToArray();

    public static FontLibrary WithShippedFonts()
    {
        var library = new FontLibrary();
        var assembly = typeof(FontLibrary).Assembly;
        // The DejaVu families ship without italics: <pre> and symbols rarely need them, and an italic request is set upright.
        foreach (var (family, filePrefix, styles) in new[]
                 {
                     (SerifFamily, "NotoSerif", StyleSuffixes), (SansFamily, "NotoSans", StyleSuffixes),
                     (MonospaceFamily, "DejaVuSansMono", StyleSuffixes[..2]), (FallbackFamily, "DejaVuSans", StyleSuffixes[..2]),
                 })
        {
            foreach (var style in styles)
            {
                var resource = $"Publisher.Typesetting.Fonts.{filePrefix}-{style}.ttf";
                library.Add(new FontFaceKey(family, style.StartsWith("Bold"), style.EndsWith("Italic")),
                    () => ReadResource(assembly, resource));
            }
        }
        return library;
    }

    /// <summary>Adds a face; its bytes are loaded when first asked for, with nested composite glyphs flattened
    /// (<see cref="CompositeGlyphs"/>: PDFsharp would otherwise embed them without their inner parts).</summary>
    public void Add(FontFaceKey face, Func<byte[]> load) =>
        _faces[face.FaceName] = new Lazy<byte[]>(() => CompositeGlyphs.Flatten(load()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Adds every <c>{Family}-{Regular|Bold|Italic|BoldItalic}.ttf</c> in <paramref name="folder"/>;
    /// returns one message per file it had to skip (errors are data, not exceptions).
    /// </summary>
    public IReadOnlyList<string> AddFolder(string folder)
    {
        var skipped = new List<string>();
        if (!Directory.Exists(folder))
            return [$"{folder}: warning: font folder not found"];
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(path);
            if (!extension.Equals(".ttf", StringComparison.OrdinalIgnoreCase)
                && !extension.Equals(".otf", StringComparison.OrdinalIgnoreCase))
                continue;
            var name = Path.GetFileNameWithoutExtension(path);
            var dash = name.LastIndexOf('-');
            var style = dash > 0 ? name[(dash + 1)..] : "";
            if (!StyleSuffixes.Contains(style, StringComparer.OrdinalIgnoreCase))
            {
                skipped.Add($"{Path.GetFileName(path)}: warning: font file name must end in -Regular, -Bold, -Italic or -BoldItalic");
                continue;
            }
            var face = new FontFaceKey(name[..dash], style.StartsWith("Bold", StringComparison.OrdinalIgnoreCase),
                style.EndsWith("Italic", StringComparison.OrdinalIgnoreCase));
            var file = path;
            Add(face, () => File.ReadAllBytes(file));
        }
        return skipped;
    }

    public bool Contains(FontFaceKey face) => _faces.ContainsKey(face.FaceName);

    /// <summary>
    /// The face to use for a request: exact, else the family's upright face of the same weight (a family
    /// without italics keeps its bold), else its regular face, else Noto Serif.
    /// </summary>
    public FontFaceKey Resolve(FontFaceKey requested)
    {
        if (Contains(requested)) return requested;
        var upright = requested with { Italic = false };
        if (requested.Italic && Contains(upright)) return upright;
        var regular = new FontFaceKey(requested.Family, false, false);
        if (Contains(regular)) return regular;
        var fallback = new FontFaceKey(SerifFamily, requested.Bold, requested.Italic);
        return Contains(fallback) ? fallback : new FontFaceKey(SerifFamily, false, false);
    }

    public byte[]? GetBytes(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes.Value : null;

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
