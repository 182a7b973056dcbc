using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §12 slugs: lower-case, ä→ae ö→oe ü→ue ß→ss, other diacritics stripped, runs outside
/// <c>[a-z0-9]</c> become <c>-</c>, trimmed; empty → <c>tag-</c> + 8 hex digits of SHA-256;
/// collisions get <c>-2</c>, <c>-3</c>, … against every slug already given out (clarification 8).
/// </summary>
public static class TagSlugger
{
    public static string Slug(string tag)
    {
        var lower = tag.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
        var builder = new StringBuilder(lower.Length);
        var pendingDash = false;
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.Length > 0 ? builder.ToString() : "tag-" + HashPrefix(tag);
    }

    /// <summary>Slugs for tags in order, unique within the list.</summary>
    public static IReadOnlyList<string> UniqueSlugs(IEnumerable<string> tags)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new List<string>();
        foreach (var tag in tags)
        {
            var slug = Slug(tag);
            var candidate = slug;
            for (var n = 2; !given.Add(candidate); n++)
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }

            slugs.Add(candidate);
        }

        return slugs;
    }

    private static string HashPrefix(string tag)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(tag));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}
