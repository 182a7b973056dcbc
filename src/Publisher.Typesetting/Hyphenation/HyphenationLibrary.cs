using System.Collections.Concurrent;

namespace Publisher.Typesetting.Hyphenation;

/// <summary>
/// Hyphenators per language, loaded lazily from libhyphen pattern files (Debian: /usr/share/hyphen).
/// A language without a pattern file gets <see cref="NoHyphenation"/>: text still sets, unhyphenated.
/// </summary>
public sealed class HyphenationLibrary
{
    public const string DebianFolder = "/usr/share/hyphen";

    private readonly IReadOnlyList<string> _folders;
    private readonly ConcurrentDictionary<string, Lazy<IHyphenator>> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public HyphenationLibrary(IReadOnlyList<string> folders) => _folders = folders;

    /// <summary>The library over Debian's pattern folder (shared: patterns are immutable once loaded).</summary>
    public static HyphenationLibrary Default { get; } = new([DebianFolder]);

    public static HyphenationLibrary None { get; } = new([]);

    public IHyphenator For(string? language)
    {
        var tag = string.IsNullOrWhiteSpace(language) ? "none" : language.Trim();
        return _byLanguage.GetOrAdd(tag, t => new Lazy<IHyphenator>(() => Load(t))).Value;
    }

    private IHyphenator Load(string tag)
    {
        var parts = tag.Replace('-', '_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new NoHyphenation(tag);
        var primary = parts[0].ToLowerInvariant();
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
