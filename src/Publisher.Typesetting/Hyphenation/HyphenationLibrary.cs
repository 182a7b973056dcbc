using System.Collections.Concurrent;
using System.Reflection;

namespace Publisher.Typesetting.Hyphenation;

/// <summary>
/// Hyphenators per language, loaded lazily from libhyphen pattern files. German and English patterns are shipped inside
/// this assembly (Hyphenation/Patterns, with their licence), so every machine hyphenates them alike: a tag whose primary
/// subtag is <c>de</c> or <c>en</c> (de-AT, en-GB) always takes them. Another language takes a pattern file from the
/// system folders when one is there (Debian: /usr/share/hyphen, packages hyphen-fr, …); a language without one gets
/// <see cref="NoHyphenation"/>: text still sets, unhyphenated.
/// </summary>
public sealed class HyphenationLibrary
{
    public const string DebianFolder = "/usr/share/hyphen";

    /// <summary>The shipped pattern files by primary language subtag.</summary>
    private static readonly Dictionary<string, string> Shipped = new(StringComparer.Ordinal)
    {
        ["de"] = "hyph_de_DE.dic",
        ["en"] = "hyph_en_US.dic",
    };

    private readonly IReadOnlyList<string> _folders;
    private readonly bool _useShipped;
    private readonly ConcurrentDictionary<string, Lazy<IHyphenator>> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="folders">System folders of <c>hyph_*.dic</c> files, for the languages not shipped.</param>
    /// <param name="useShipped">Whether the shipped German and English patterns come first (false: the folders only).</param>
    public HyphenationLibrary(IReadOnlyList<string> folders, bool useShipped = true)
    {
        _folders = folders;
        _useShipped = useShipped;
    }

    /// <summary>The shipped patterns, then Debian's pattern folder (shared: patterns are immutable once loaded).</summary>
    public static HyphenationLibrary Default { get; } = new([DebianFolder]);

    public static HyphenationLibrary None { get; } = new([], useShipped: false);

    public IHyphenator For(string? language)
    {
        var tag = string.IsNullOrWhiteSpace(language) ? "none" : language.Trim();
        return _byLanguage.GetOrAdd(tag, t => new Lazy<IHyphenator>(() => Load(t))).Value;
    }

    /// <summary>The bytes of a shipped pattern file (<c>hyph_de_DE.dic</c>), or null.</summary>
    public static byte[]? ReadShipped(string file)
    {
        using var stream = typeof(HyphenationLibrary).Assembly.GetManifestResourceStream($"Publisher.Typesetting.Hyphenation.{file}");
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private IHyphenator Load(string tag)
    {
        var parts = tag.Replace('-', '_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new NoHyphenation(tag);
        var primary = parts[0].ToLowerInvariant();
        if (_useShipped && Shipped.TryGetValue(primary, out var shipped) && ReadShipped(shipped) is { } bytes)
            return LiangHyphenator.Load(primary, bytes);
        var candidates = new List<string>();
        if (parts.Length > 1) candidates.Add($"hyph_{primary}_{parts[1].ToUpperInvariant()}.dic");
        candidates.Add($"hyph_{primary}.dic");
        candidates.Add(primary switch { "de" => "hyph_de_DE.dic", "en" => "hyph_en_US.dic", _ => $"hyph_{primary}_{primary.ToUpperInvariant()}.dic" });
        foreach (var folder in _folders)
        {
            foreach (var file in candidates)
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path)) return LiangHyphenator.Load(primary, path);
            }
        }
        return new NoHyphenation(primary);
    }
}
