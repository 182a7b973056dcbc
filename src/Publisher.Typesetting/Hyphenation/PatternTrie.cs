namespace Publisher.Typesetting.Hyphenation;

/// <summary>
/// One level of Liang hyphenation patterns as a trie. A pattern such as <c>.ab3a4s</c> is stored as
/// its letters (".abas") with the digit between each pair of letters (0 0 3 4 0 0).
/// </summary>
internal sealed class PatternTrie
{
    private readonly Dictionary<long, int> _edges;
    private readonly List<byte[]?> _values;

    public PatternTrie() : this(0) { }

    /// <summary>A trie with room for about <paramref name="expectedNodes"/> nodes (no regrowing while a pattern file loads).</summary>
    public PatternTrie(int expectedNodes)
    {
        _edges = new Dictionary<long, int>(expectedNodes);
        _values = new List<byte[]?>(expectedNodes + 1) { null };
    }

    public int PatternCount { get; private set; }

    public void Add(ReadOnlySpan<char> pattern)
    {
        Span<char> letters = pattern.Length <= 128 ? stackalloc char[pattern.Length] : new char[pattern.Length];
        Span<byte> values = pattern.Length <= 127 ? stackalloc byte[pattern.Length + 1] : new byte[pattern.Length + 1];
        var count = 0;
        values[0] = 0;
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9')
                values[count] = (byte)(c - '0');
            else
            {
                letters[count++] = char.ToLowerInvariant(c);
                values[count] = 0;
            }
        }
        if (count == 0) return;
        var node = 0;
        foreach (var c in letters[..count])
        {
            var key = Key(node, c);
            if (!_edges.TryGetValue(key, out var next))
            {
                next = _values.Count;
                _values.Add(null);
                _edges[key] = next;
            }
            node = next;
        }
        _values[node] = values[..(count + 1)].ToArray();
        PatternCount++;
    }

    /// <summary>
    /// Applies the patterns to <paramref name="dotted"/> (the word framed by dots) as libhyphen's automaton does, keeping
    /// the highest digit at each inter-letter position in <paramref name="points"/>: after each letter it stands in the
    /// longest stretch of text ending there that begins some pattern, and applies that pattern only, when it is whole;
    /// a shorter pattern ending at the same letter is not applied. Its pattern files are made for that (their patterns
    /// carry the digits of the patterns inside them), and some of their results depend on it: Debian's German file read as
    /// TeX reads patterns, every match applied, gives Ca-r-la, Streu-sa-lz and am-pe-lan-la-ge.
    /// </summary>
    public void Apply(ReadOnlySpan<char> dotted, Span<byte> points)
    {
        var start = 0;
        for (var end = 1; end <= dotted.Length; end++)
        {
            // The longest such stretch ending here starts no earlier than the one before it (as an Aho–Corasick automaton's
            // state does); at worst it is empty, the automaton's start.
            var node = 0;
            for (; start < end; start++)
            {
                node = Walk(dotted[start..end]);
                if (node >= 0) break;
            }
            if (start < end && _values[node] is { } values)
            {
                for (var k = 0; k < values.Length; k++)
                {
                    if (values[k] > points[start + k]) points[start + k] = values[k];
                }
            }
        }
    }

    /// <summary>The node <paramref name="text"/> leads to from the root, or -1 where no pattern begins with it.</summary>
    private int Walk(ReadOnlySpan<char> text)
    {
        var node = 0;
        foreach (var c in text)
        {
            if (!_edges.TryGetValue(Key(node, c), out node)) return -1;
        }
        return node;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
