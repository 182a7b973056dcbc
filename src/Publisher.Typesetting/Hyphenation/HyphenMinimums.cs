namespace Publisher.Typesetting.Hyphenation;

/// <summary>
/// How many letters a hyphen leaves at least before and after it: in the whole word (LEFTHYPHENMIN, RIGHTHYPHENMIN)
/// and, in a compound, beside each boundary the first level found (COMPOUNDLEFTHYPHENMIN, COMPOUNDRIGHTHYPHENMIN).
/// </summary>
public readonly record struct HyphenMinimums(int Left, int Right, int CompoundLeft, int CompoundRight)
{
    /// <summary>
    /// The minimums as libhyphen's <c>hnj_hyphen_load</c> sets them: an end unset or 0 in the word keeps 2 letters; in a
    /// file of two levels an unset compound minimum is 0 (no limit beside a boundary), in a file of one level (where
    /// only a hyphen or apostrophe in the word would be a boundary) the word's own minimum, else 3.
    /// </summary>
    public static HyphenMinimums From(IReadOnlyDictionary<string, int> settings, bool twoLevels)
    {
        var left = settings.GetValueOrDefault("LEFTHYPHENMIN");
        var right = settings.GetValueOrDefault("RIGHTHYPHENMIN");
        var compoundLeft = settings.GetValueOrDefault("COMPOUNDLEFTHYPHENMIN");
        var compoundRight = settings.GetValueOrDefault("COMPOUNDRIGHTHYPHENMIN");
        if (!twoLevels)
        {
            if (compoundLeft == 0) compoundLeft = left > 0 ? left : 3;
            if (compoundRight == 0) compoundRight = right > 0 ? right : 3;
        }
        return new(left > 0 ? left : 2, right > 0 ? right : 2, compoundLeft, compoundRight);
    }

    /// <summary>Whether a hyphen may stand before the character at <paramref name="offset"/> of a word of <paramref name="length"/>.</summary>
    public bool AllowsBreakAt(int offset, int length) => offset >= Left && length - offset >= Right;
}
