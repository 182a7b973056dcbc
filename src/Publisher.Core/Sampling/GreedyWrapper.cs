using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Sampling;

/// <summary>
/// The taz renderer's wrapping (spec §6.2): greedy at W code points, breaking only at U+0020, never
/// inside a word; a word longer than W stands on its own line. The prefix (<c>"> "</c>) counts.
/// </summary>
public static class GreedyWrapper
{
    public static List<string> Wrap(string text, int width, string prefix = "")
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return lines;
        }

        var current = prefix + words[0];
        var currentLength = CodePoints.Count(current);
        foreach (var word in words.Skip(1))
        {
            var wordLength = CodePoints.Count(word);
            if (currentLength + 1 + wordLength <= width)
            {
                current += " " + word;
                currentLength += 1 + wordLength;
            }
            else
            {
                lines.Add(current);
                current = prefix + word;
                currentLength = CodePoints.Count(current);
            }
        }

        lines.Add(current);
        return lines;
    }
}
