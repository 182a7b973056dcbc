using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Model;

/// <summary>
/// A file-name-safe identifier: lower-case ASCII letters, digits and single inner hyphens, never empty.
/// The only ways to make one from user text are <see cref="From"/>, <see cref="OfTag"/> and <see cref="Distinct"/>, so no
/// raw text ever reaches a path.
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
    public static Slug From(string text, string fallbackPrefix = "tag-") => Cut(Uncut(text), text, fallbackPrefix);

    /// <summary>
    /// The slug of a tag's name: <see cref="From"/>'s, except that a <c>+</c> or <c>#</c> written right after a letter,
    /// digit or another such mark is a part of the name, spelt out as the word <c>plus</c> or <c>sharp</c>:
    /// <c>C++</c> is <c>c-plus-plus</c>, <c>C#</c> <c>c-sharp</c>, <c>Google+</c> <c>google-plus</c>, <c>C++/CLI</c>
    /// <c>c-plus-plus-cli</c>, where <see cref="From"/> makes <c>c</c>, <c>c</c>, <c>google</c>, <c>c-cli</c>. Any other
    /// <c>+</c> or <c>#</c> separates words as before: a hashtag's mark (<c>#MeToo</c> is <c>metoo</c>), one standing
    /// apart (<c>Kunst + Kultur</c> is <c>kunst-kultur</c>). A name with neither character gets <see cref="From"/>'s
    /// slug, so the address of every such tag stays as it was.
    /// </summary>
    public static Slug OfTag(string name) => Cut(Uncut(name, spellMarks: true), name, "tag-");

    /// <summary><paramref name="slug"/> cut at <see cref="MaxLength"/>; empty, <paramref name="fallbackPrefix"/> and a hash of <paramref name="text"/>.</summary>
    private static Slug Cut(string slug, string text, string fallbackPrefix)
    {
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

    /// <summary>
    /// The slug of <paramref name="text"/> before it is cut: empty when nothing of it is kept. With
    /// <paramref name="spellMarks"/>, a <c>+</c> or <c>#</c> right after a kept character or another such mark is a word
    /// of its own (<see cref="OfTag"/>).
    /// </summary>
    private static string Uncut(string text, bool spellMarks = false)
    {
        var folded = Fold(text.ToLowerInvariant());
        var builder = new StringBuilder(folded.Length + 8);
        var pendingHyphen = false;
        var afterWord = false; // the character before was kept, or a mark spelt out
        foreach (var c in folded)
        {
            var word = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? null
                : spellMarks && afterWord && c is '+' or '#' ? (c == '+' ? "plus" : "sharp")
                : "";
            if (word is "")
            {
                pendingHyphen = true;
                afterWord = false;
                continue;
            }
            if (pendingHyphen && builder.Length > 0) builder.Append('-');
            if (word is null)
            {
                pendingHyphen = false;
                builder.Append(c);
            }
            else
            {
                // A spelt-out mark is a word: a hyphen before it, and before whatever follows (C++ is c-plus-plus, 1+1 is 1-plus-1).
                if (!pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = true;
                builder.Append(word);
            }
            afterWord = true;
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
        // Lower-cased again: a capital the invariant culture leaves as it is (Turkish İ) decomposes into one it does not (I + dot).
        return WithoutAccents(replaced).ToLowerInvariant();
    }

    /// <summary>The text without the marks on its letters (<c>é</c>: <c>e</c>, <c>Ä</c>: <c>A</c>): decomposed, its non-spacing marks left out.</summary>
    internal static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString();
    }

    private static string HashPrefix(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
