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
        var slug = Uncut(text);
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return new Slug(slug.Length == 0 ? fallbackPrefix + HashPrefix(text) : slug);
    }

    /// <summary>
    /// As <see cref="From"/>, but never the same for two <paramref name="identity"/> texts: a slug that would be cut, or
    /// any slug when <paramref name="always"/>, keeps at most its first 71 characters and ends in <c>-</c> and 8 hex
    /// digits of SHA-256 of <paramref name="identity"/>. Other slugs are <see cref="From"/>'s.
    /// </summary>
    public static Slug Distinct(string text, string identity, string fallbackPrefix, bool always = false)
    {
        var slug = Uncut(text);
        if (slug.Length == 0) return new Slug(fallbackPrefix + HashPrefix(always ? identity : text));
        if (slug.Length <= MaxLength && !always) return new Slug(slug);
        var kept = slug[..Math.Min(slug.Length, MaxLength - 9)].TrimEnd('-');
        return new Slug($"{kept}-{HashPrefix(identity)}");
    }

    /// <summary>The longest slug <see cref="From"/> makes.</summary>
    private const int MaxLength = 80;

    /// <summary>The slug of <paramref name="text"/> before it is cut: empty when nothing of it is kept.</summary>
    private static string Uncut(string text)
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
        return builder.ToString();
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
        // Lower-cased again: a capital the invariant culture leaves as it is (Turkish İ) decomposes into one it does not (I + dot).
        return builder.ToString().ToLowerInvariant();
    }

    private static string HashPrefix(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
