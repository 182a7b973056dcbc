namespace Publisher.Core.Wording;

/// <summary>
/// CLDR's plural rules (<c>plurals.xml</c>) for whole, non-negative counts, the only counts the outputs print: the
/// operands <c>v</c> (visible fraction digits) and <c>f</c> are then 0, and <c>i</c> and <c>n</c> the count itself.
/// Fractions, and the <c>many</c> of French, Spanish, Italian and Portuguese (compact millions, <c>1 M</c>), never occur.
/// </summary>
public static class PluralRules
{
    /// <summary><c>one: i = 1 and v = 0</c>: English, German, Dutch, Italian, Spanish, Swedish, Danish, Norwegian, Finnish.</summary>
    public static PluralCategory OneAlone(int count) => count == 1 ? PluralCategory.One : PluralCategory.Other;

    /// <summary><c>one: i = 0,1</c>: French and (Brazilian) Portuguese count no thing as one, <c>0 article</c>.</summary>
    public static PluralCategory ZeroAndOne(int count) => count is 0 or 1 ? PluralCategory.One : PluralCategory.Other;

    /// <summary>
    /// Polish: <c>one: i = 1</c>; <c>few: i % 10 = 2..4 and i % 100 != 12..14</c>; <c>many</c> every other whole count
    /// (<c>i != 1 and i % 10 = 0..1</c>, <c>i % 10 = 5..9</c>, <c>i % 100 = 12..14</c>): 1 artykuł, 22 artykuły, 12 artykułów.
    /// </summary>
    public static PluralCategory Polish(int count) => count switch
    {
        1 => PluralCategory.One,
        _ when count % 10 is >= 2 and <= 4 && count % 100 is not (>= 12 and <= 14) => PluralCategory.Few,
        _ => PluralCategory.Many,
    };

    /// <summary>
    /// Czech (and Slovak): <c>one: i = 1</c>; <c>few: i = 2..4</c>; <c>many</c> only for fractions; <c>other</c> the rest:
    /// 1 článek, 4 články, 22 článků.
    /// </summary>
    public static PluralCategory Czech(int count) => count switch
    {
        1 => PluralCategory.One,
        >= 2 and <= 4 => PluralCategory.Few,
        _ => PluralCategory.Other,
    };
}
