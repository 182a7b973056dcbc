using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Model;

/// <summary>
/// A file-name-safe identifier: lower-case ASCII letters, digits and single inner hyphens, never empty.
/// The only way to make one from user text is <see cref="From"/>, so no raw text ever reaches a path.
/// </summary>
public readonly record struct Slug
{
    private readonly string? _value;

    private Slug(string value) => _value = value;

    public string Value => _value ?? "untitled";

    /// <summary>
    /// Slugs user text (spec §12): lower-case; ä→ae, ö→oe, ü→ue, ß→ss; other diacritics stripped;
    /// runs outside [a-z0-9] become one hyphen; hyphens trimmed; empty gives <paramref name="fallbackPrefix"/>
    /// plus the first 8 hex digits of SHA-256 of the text. Long slugs are cut at 80 characters.
    /// </summary>
    public static Slug From(string text, string fallbackPrefix = "tag-")
    {
        var folded = Fold(text.ToLowerInvariant());
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        if (builder.Length > 80) builder.Length = 80;
        var slug = builder.ToString().Trim('-');
        if (slug.Length == 0) slug = fallbackPrefix + HashPrefix(text);
        return new Slug(slug);
    }

    /// <summary>Accepts an already-clean slug (for example a front-matter id) or returns false.</summary>
    public static bool TryParse(string? text, out Slug slug)
    {
        slug = default;
        if (string.IsNullOrEmpty(text) || text.Length > 80 || text[0] == '-' || text[^1] == '-' || text.Contains("--")) return false;
        foreach (var c in text)
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-')) return false;
        slug = new Slug(text);
        return true;
    }

    /// <summary>This slug with a numeric suffix, <c>name-2</c>, <c>name-3</c>, … for collisions.</summary>
    /// <summary>A slug this code made earlier, read back from a cache of parse results.</summary>
    internal static Slug Restore(string value) => new(value);

    public Slug WithSuffix(int number) => new(string.Create(CultureInfo.InvariantCulture, $"{Value}-{number}"));

    public override string ToString() => Value;

    private static string Fold(string lower)
    {
        var replaced = lower.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
        var decomposed = replaced.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString();
    }

    private static string HashPrefix(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
