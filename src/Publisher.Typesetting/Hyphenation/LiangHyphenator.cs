using System.Collections.Concurrent;
using System.Text;

namespace Publisher.Typesetting.Hyphenation;

/// <summary>
/// Liang's algorithm over patterns in the format of libhyphen's <c>hyph_*.dic</c> files (as shipped
/// by Debian's hyphen-de / hyphen-en-us): first line the encoding, then patterns, optional
/// LEFTHYPHENMIN / RIGHTHYPHENMIN / COMPOUND* settings and NEXTLEVEL separating a first level
/// (compound boundaries, German) from the ordinary patterns. A break is allowed where any level
/// gives an odd value. Non-standard patterns (with "/") are skipped.
/// </summary>
public sealed class LiangHyphenator : IHyphenator
{
    private readonly List<PatternTrie> _levels;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);

    private LiangHyphenator(string language, List<PatternTrie> levels, int leftMin, int rightMin)
    {
        Language = language;
        _levels = levels;
        LeftMin = leftMin;
        RightMin = rightMin;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cache looked up by a word's characters (no string per lookup).</summary>
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public string Language { get; }

    public int LeftMin { get; }

    public int RightMin { get; }

    public int PatternCount => _levels.Sum(level => level.PatternCount);

    public static LiangHyphenator Load(string language, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var firstLineEnd = Array.IndexOf(bytes, (byte)'\n');
        var encodingName = Encoding.ASCII.GetString(bytes, 0, Math.Max(0, firstLineEnd)).Trim();
        var encoding = encodingName.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : Encoding.Latin1;
        var text = encoding.GetString(bytes, firstLineEnd + 1, bytes.Length - firstLineEnd - 1);
        return Parse(language, text);
    }

    public static LiangHyphenator Parse(string language, string patterns)
    {
        // About one trie node per four characters of pattern text (Debian's German file: 1.1 MB, 280,000 nodes):
        // room for them up front, so the first level's table is not regrown a dozen times while it loads.
        var levels = new List<PatternTrie> { new(patterns.Length / 4) };
        int leftMin = 2, rightMin = 2;
        foreach (var rawLine in patterns.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '%' or '#') continue;
            var space = line.IndexOf(' ');
            var keyword = space > 0 ? line[..space] : line;
            switch (keyword)
            {
                case "NEXTLEVEL": levels.Add(new PatternTrie()); continue;
                case "LEFTHYPHENMIN": leftMin = ParseSetting(line, leftMin); continue;
                case "RIGHTHYPHENMIN": rightMin = ParseSetting(line, rightMin); continue;
                case "COMPOUNDLEFTHYPHENMIN" or "COMPOUNDRIGHTHYPHENMIN" or "NOHYPHEN": continue;
            }
            if (space > 0 || line.IndexOfAny(SkippedPatternCharacters) >= 0) continue;
            levels[^1].Add(line);
        }
        levels.RemoveAll(level => level.PatternCount == 0);
        return new LiangHyphenator(language, levels, leftMin, rightMin);
    }

    /// <summary>Non-standard patterns ("/"), and ones with '-' or an apostrophe, are skipped.</summary>
    private static readonly System.Buffers.SearchValues<char> SkippedPatternCharacters = System.Buffers.SearchValues.Create("/-'");

    public IReadOnlyList<int> Hyphenate(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin) return [];
        if (_lookup.TryGetValue(word, out var points)) return points;
        points = Compute(word);
        _lookup.TryAdd(word, points);
        return points;
    }

    private int[] Compute(ReadOnlySpan<char> word)
    {
        Span<char> dotted = word.Length <= 62 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (!char.IsLetter(c)) return [];
            dotted[i + 1] = c;
        }
        dotted[^1] = '.';
        Span<byte> points = stackalloc byte[dotted.Length + 1];
        Span<bool> allowed = stackalloc bool[word.Length];
        foreach (var level in _levels)
        {
            points.Clear();
            level.Apply(dotted, points);
            // points[k] is the value before dotted[k]; a break before word[i] is points[i + 1].
            for (var i = LeftMin; i <= word.Length - RightMin; i++)
            {
                if ((points[i + 1] & 1) == 1) allowed[i] = true;
            }
        }
        var result = new List<int>();
        for (var i = 0; i < allowed.Length; i++)
        {
            if (allowed[i]) result.Add(i);
        }
        return result.ToArray();
    }

    private static int ParseSetting(ReadOnlySpan<char> line, int fallback) =>
        int.TryParse(line[(line.IndexOf(' ') + 1)..].Trim(), out var value) && value > 0 ? value : fallback;
}
