using System.Globalization;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A running header or footer made to fit the type area's width: its texts never overprint one another and never run
/// past the margins. A text that does not fit is cut short with "…", after its last whole word that fits (within a
/// word only when not even its first word fits). Beside a centre text each side keeps clear of it; a left and a right
/// text share the line, the shorter keeping all it needs when that is no more than half, the longer taking the rest.
/// The left text's last part after " · " (the digest's week: "Stadtbote Berlin · Woche 46/2026") is what a reader of a
/// printed page needs: the parts before it are cut first ("Stadtbote Berlin – Nachrichten aus… · Woche 46/2026"), and
/// it is cut only when it does not fit alone.
/// </summary>
internal static class RunningTextFit
{
    public const string Ellipsis = "…";

    /// <summary>Between the left text's parts; its last part is kept whole as long as it fits.</summary>
    public const string PartSeparator = " · ";

    /// <param name="text">The texts in logical order (shaped, not yet reordered for display).</param>
    /// <param name="width">The type area's width.</param>
    /// <param name="gap">The least space between two texts.</param>
    /// <param name="measure">A text's width as it is drawn.</param>
    public static RunningText Fit(RunningText text, double width, double gap, Func<string, double> measure)
    {
        var center = Shorten(text.Center, width, measure);
        if (center.Length > 0)
        {
            var side = (width - measure(center)) / 2 - gap;
            return new RunningText(ShortenKeepingLastPart(text.Left, side, measure), center, Shorten(text.Right, side, measure));
        }
        if (text.Left.Length == 0 || text.Right.Length == 0)
            return new RunningText(ShortenKeepingLastPart(text.Left, width, measure), "", Shorten(text.Right, width, measure));
        var room = width - gap;
        double left = measure(text.Left), right = measure(text.Right);
        if (left + right <= room) return text;
        var half = room / 2;
        var (leftRoom, rightRoom) = left <= half ? (left, room - left) : right <= half ? (room - right, right) : (half, half);
        return new RunningText(ShortenKeepingLastPart(text.Left, leftRoom, measure), "", Shorten(text.Right, rightRoom, measure));
    }

    /// <summary>
    /// <paramref name="text"/> made to fit <paramref name="room"/>, its last part after <see cref="PartSeparator"/> kept whole:
    /// the parts before it are shortened (<see cref="Shorten"/>), or left off when not even "…" of them fits; the last
    /// part is cut only when it does not fit alone.
    /// </summary>
    public static string ShortenKeepingLastPart(string text, double room, Func<string, double> measure)
    {
        var separator = text.LastIndexOf(PartSeparator, StringComparison.Ordinal);
        if (separator <= 0 || measure(text) <= room) return Shorten(text, room, measure);
        var last = text[(separator + PartSeparator.Length)..];
        var tail = PartSeparator + last;
        var first = Shorten(text[..separator], room - measure(tail), measure);
        if (first.Length > 0) return first + tail;
        return Shorten(last, room, measure);
    }

    /// <summary><paramref name="text"/>, or as much of it as fits <paramref name="room"/> with "…" after it; empty when not even "…" fits.</summary>
    public static string Shorten(string text, double room, Func<string, double> measure)
    {
        if (text.Length == 0 || measure(text) <= room) return text;
        if (measure(Ellipsis) > room) return "";
        // After a whole word: the last space whose words before it fit.
        for (var end = text.LastIndexOf(' '); end > 0; end = text.LastIndexOf(' ', end - 1))
        {
            var kept = text[..end].TrimEnd(Separators);
            if (kept.Length > 0 && measure(kept + Ellipsis) <= room) return kept + Ellipsis;
        }
        // Not even the first word fits: as many of its characters as fit (never half a surrogate pair or a letter without its marks).
        var best = "";
        for (var end = StringInfo.GetNextTextElementLength(text); end < text.Length; end += StringInfo.GetNextTextElementLength(text, end))
        {
            if (measure(text[..end] + Ellipsis) > room) break;
            best = text[..end];
        }
        return best + Ellipsis;
    }

    /// <summary>What is left off before "…" at the end of the kept words: spaces, and a separator that would point at nothing.</summary>
    private static readonly char[] Separators = [' ', '\u00A0', '·', '–', '—', '-', ',', ';', ':', '/', '|', '(', '[', '„', '“', '«', '»'];
}
