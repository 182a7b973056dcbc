using System.Text;

namespace Publisher.Core.Model;

/// <summary>
/// Tag names in the order a reader looks them up in a list: as a dictionary sorts them, a letter with an accent among
/// the plain ones and case ignored (<c>alpha, Ärger, Beta, Zeta</c>, as DIN 5007 and most languages file them; in code
/// point order Ärger came after Zeta), then, for names that differ only so, as written. The same on every machine: no
/// culture's collation, only Unicode's decomposition.
/// </summary>
public sealed class TagNameOrder : IComparer<string?>
{
    public static TagNameOrder Instance { get; } = new();

    private TagNameOrder() { }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        var byLetters = string.Compare(Letters(x), Letters(y), StringComparison.OrdinalIgnoreCase);
        return byLetters != 0 ? byLetters : string.CompareOrdinal(x, y);
    }

    /// <summary>The name without its accents (<c>Ärger</c>: <c>Arger</c>), ß as ss.</summary>
    private static string Letters(string name) => Ascii.IsValid(name) ? name : Slug.WithoutAccents(name.Replace("ß", "ss"));
}
