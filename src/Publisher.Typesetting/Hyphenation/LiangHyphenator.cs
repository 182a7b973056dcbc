using System.Collections.Concurrent;
using System.Text;

namespace Publisher.Typesetting.Hyphenation;

/// <summary>
/// Liang's algorithm over patterns in the format of libhyphen's <c>hyph_*.dic</c> files: first line the encoding, then
/// patterns and the LEFTHYPHENMIN / RIGHTHYPHENMIN / COMPOUNDLEFTHYPHENMIN / COMPOUNDRIGHTHYPHENMIN settings, and
/// optionally NEXTLEVEL, after which a second level of patterns follows. Two levels are read as libhyphen reads them
/// (<c>hnj_hyphen_hyphenate2</c>; German: the first level finds compound boundaries, Grund|stück, the second syllables):
/// see <see cref="CompoundSplitter"/>; each level is applied as libhyphen's automaton applies it (see
/// <see cref="PatternTrie.Apply"/>). The settings count where libhyphen takes them from, the first level. Patterns with
/// '-' or an apostrophe, which only ever match words this class is not given, are kept all the same: where a word runs
/// into their beginning, the automaton stands in them. Non-standard patterns (with "/", which no shipped file has) are
/// skipped.
/// </summary>
public sealed class LiangHyphenator : IHyphenator
{
    private readonly CompoundSplitter _splitter;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);

    private LiangHyphenator(string language, CompoundSplitter splitter, HyphenMinimums minimums)
    {
        Language = language;
        _splitter = splitter;
        Minimums = minimums;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cache looked up by a word's characters (no string per lookup).</summary>
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public string Language { get; }

    public HyphenMinimums Minimums { get; }

    public int LeftMin => Minimums.Left;

    public int RightMin => Minimums.Right;

    public int PatternCount => _splitter.PatternCount;

    public static LiangHyphenator Load(string language, string path) => Load(language, File.ReadAllBytes(path));

    public static LiangHyphenator Load(string language, byte[] bytes)
    {
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
        var settings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rawLine in patterns.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '%' or '#') continue;
            var space = line.IndexOf(' ');
            var keyword = space > 0 ? line[..space] : line;
            if (keyword is "NEXTLEVEL")
            {
                if (levels.Count == 2) break; // libhyphen reads two levels and stops at a third
                levels.Add(new PatternTrie());
                continue;
            }
            if (keyword is "LEFTHYPHENMIN" or "RIGHTHYPHENMIN" or "COMPOUNDLEFTHYPHENMIN" or "COMPOUNDRIGHTHYPHENMIN")
            {
                // libhyphen keeps a setting with the level it is written in, and hyphenates with the first level's.
                if (levels.Count == 1) settings[keyword.ToString()] = ParseSetting(line);
                continue;
            }
            if (keyword is "NOHYPHEN" || space > 0 || line.Contains('/')) continue;
            levels[^1].Add(line);
        }
        var minimums = HyphenMinimums.From(settings, twoLevels: levels.Count == 2);
        var splitter = levels.Count == 2 ? new CompoundSplitter(levels[0], levels[1], minimums) : new CompoundSplitter(null, levels[0], minimums);
        return new LiangHyphenator(language, splitter, minimums);
    }


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
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (!char.IsLetter(c)) return [];
            lower[i] = c;
        }
        Span<byte> after = word.Length <= 64 ? stackalloc byte[word.Length] : new byte[word.Length];
        _splitter.Hyphenate(lower, after);
        var count = 0;
        for (var i = 0; i < after.Length; i++)
        {
            if (Minimums.AllowsBreakAt(i + 1, word.Length) && (after[i] & 1) == 1) count++;
        }
        var result = new int[count];
        count = 0;
        for (var i = 0; i < after.Length; i++)
        {
            if (Minimums.AllowsBreakAt(i + 1, word.Length) && (after[i] & 1) == 1) result[count++] = i + 1;
        }
        return result;
    }

    private static int ParseSetting(ReadOnlySpan<char> line) =>
        int.TryParse(line[(line.IndexOf(' ') + 1)..].Trim(), out var value) ? value : 0;
}
