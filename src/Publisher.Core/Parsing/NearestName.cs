namespace Publisher.Core.Parsing;

/// <summary>
/// The known name an unknown one was probably meant to be, for a "did you mean" hint: the nearest by edit distance (letters
/// inserted, deleted, replaced, or two neighbours swapped, case ignored), if it is near enough: at most 2 edits, and 1 for
/// names of up to four letters (else <c>x</c> would be <c>id</c> and <c>toc</c> <c>tag</c>). The first of equally near names wins.
/// </summary>
public static class NearestName
{
    /// <summary>The nearest of <paramref name="known"/> to <paramref name="written"/>, or null when none is near.</summary>
    public static string? To(string written, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            if (name == written) return null; // a known name read as unknown (an empty title:) needs no hint to itself
            var allowed = Math.Min(written.Length, name.Length) <= 4 ? 1 : 2;
            if (Math.Abs(written.Length - name.Length) > allowed) continue;
            var distance = Distance(written.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance <= allowed && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary><c> (did you mean 'tags'?)</c>, or nothing when no known name is near.</summary>
    public static string Hint(string written, IEnumerable<string> known) =>
        To(written, known) is { } name ? $" (did you mean '{name}'?)" : "";

    /// <summary>Edits from one to the other: insertions, deletions, replacements and swaps of neighbours (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) rows[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) rows[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, rows[i - 2, j - 2] + 1);
                rows[i, j] = d;
            }
        }
        return rows[a.Length, b.Length];
    }
}
