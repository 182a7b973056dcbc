using System.Buffers;
using System.Globalization;
using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Bidi;

/// <summary>
/// Arabic letters in the forms that join them to their neighbours. We have no shaping engine, so a letter is replaced by
/// its Arabic Presentation Forms-B character (U+FE70–U+FEFF; Persian letters by Forms-A) for the form its neighbours
/// call for: isolated, final (joined to the letter before), initial (to the one after) or medial (both); lam before
/// alef becomes their ligature, with vowel marks between them or without. A letter joins the one before when it joins
/// on that side (every letter but hamza) and the one before joins onwards (dual-joining letters, tatweel and a zero
/// width joiner), marks on letters not counting as neighbours.
/// Done in logical order on a paragraph's runs before they are measured, so widths are the drawn forms'; the bidi
/// reordering comes after. Only letters in fallback runs are shaped, where the fallback face (DejaVu Sans) has every
/// form (checked per form: a form its faces lack leaves the letter as it was). The PDF's text then reads as
/// presentation forms, as LibreOffice's does.
/// </summary>
internal static class ArabicShaping
{
    private const char Tatweel = '\u0640';
    private const char Lam = '\u0644';

    /// <summary>Joins the letters on both sides of it as tatweel does, without a visible stroke: a letter's joining form alone (ب‍).</summary>
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>How many forms each letter U+0621–U+064A has in Forms-B, in the block's order (0: none there).</summary>
    private const string FormCounts = "1222242424444422224444444400000" + "04444444224";

    private static readonly char[] FirstForm = FirstForms();

    /// <summary>Persian and Urdu letters of the Arabic block, with their first form in Forms-A and how many forms.</summary>
    private static readonly Dictionary<char, (char First, int Count)> Extra = new()
    {
        ['\u067E'] = ('\uFB56', 4), // peh
        ['\u0686'] = ('\uFB7A', 4), // tcheh
        ['\u0698'] = ('\uFB8A', 2), // jeh
        ['\u06A9'] = ('\uFB8E', 4), // keheh
        ['\u06AF'] = ('\uFB92', 4), // gaf
        ['\u06CC'] = ('\uFBFC', 4), // farsi yeh
        ['\u0679'] = ('\uFB66', 4), // tteh (Urdu)
        ['\u0688'] = ('\uFB88', 2), // ddal
        ['\u0691'] = ('\uFB8C', 2), // rreh
        ['\u06BA'] = ('\uFB9E', 2), // noon ghunna, which Forms-A has at a word's end only
        ['\u06BE'] = ('\uFBAA', 4), // heh doachashmee
        ['\u06C1'] = ('\uFBA6', 4), // heh goal
        ['\u06D2'] = ('\uFBAE', 2), // yeh barree
    };

    /// <summary>Every letter with forms: those of U+0621–U+064A that <see cref="FormCounts"/> gives forms, and <see cref="Extra"/>'s.</summary>
    private static readonly SearchValues<char> Letters = SearchValues.Create(
        [.. FormCounts.Select((count, i) => (Count: count, Letter: (char)(0x0621 + i))).Where(f => f.Count != '0').Select(f => f.Letter), .. Extra.Keys]);

    /// <summary>A line drawn as it is, without breaking (a running header), with its Arabic letters in their joining forms.</summary>
    public static string Apply(string text, string fallbackFamily) =>
        text.AsSpan().ContainsAny(Letters) ? Shape(text, 0, text.Length, Faces(fallbackFamily)) : text;

    public static IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> content, ParagraphFormat format)
    {
        if (!content.Any(inline => inline is TextRun { Style: var style } run && (style & InlineStyle.Fallback) != 0
                                   && run.Text.AsSpan().ContainsAny(Letters)))
            return content;
        // Letters join across runs (a bold letter in a word): the paragraph's text, a break where a line is forced.
        var text = string.Concat(content.Select(inline => inline is TextRun run ? run.Text : "\n"));
        var faces = Faces(format.FallbackFamily);
        var shaped = new List<Inline>(content.Count);
        var offset = 0;
        foreach (var inline in content)
        {
            if (inline is not TextRun run)
            {
                shaped.Add(inline);
                offset++;
                continue;
            }
            shaped.Add((run.Style & InlineStyle.Fallback) == 0 ? run : run with { Text = Shape(text, offset, run.Text.Length, faces) });
            offset += run.Text.Length;
        }
        return shaped;
    }

    /// <summary>The fallback family's regular and bold faces: a form is used where both have it.</summary>
    private static GlyphCoverage[] Faces(string fallbackFamily) =>
        [.. new[] { false, true }.Select(bold => GlyphCoverage.Of(FontLibrary.Shared.Resolve(new FontFaceKey(fallbackFamily, bold, false))))];

    /// <summary>The run at <paramref name="start"/> of the paragraph's <paramref name="text"/>, its letters in their forms.</summary>
    private static string Shape(string text, int start, int length, GlyphCoverage[] faces)
    {
        var end = start + length;
        var shaped = new StringBuilder(length);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var (first, count) = Forms(c);
            if (count == 0)
            {
                shaped.Append(c);
                continue;
            }
            var before = Neighbour(text, i, -1);
            var joinsBefore = count > 1 && before >= 0 && JoinsOnwards(text[before]);
            var after = Neighbour(text, i, 1);
            if (c == Lam && after >= 0 && after < end && LamAlef(text[after]) is { } ligature && Covered(ligature, joinsBefore, faces))
            {
                // The alef is in the ligature; marks written between the two (a vowel on the lam, لَا) follow it.
                shaped.Append((char)(ligature + (joinsBefore ? 1 : 0))).Append(text, i + 1, after - i - 1);
                i = after;
                continue;
            }
            var joinsAfter = count == 4 && after >= 0 && JoinsBack(text[after]);
            var form = (char)(first + (joinsBefore, joinsAfter) switch
            {
                (true, true) => 3,
                (true, false) => 1,
                (false, true) => 2,
                _ => 0,
            });
            shaped.Append(faces.All(face => face.Contains(form)) ? form : c);
        }
        return shaped.ToString();
    }

    private static bool Covered(char ligature, bool final, GlyphCoverage[] faces) =>
        faces.All(face => face.Contains(ligature + (final ? 1 : 0)));

    /// <summary>The isolated lam-alef ligature for the alef after a lam (its final form follows it); null for other letters.</summary>
    private static char? LamAlef(char c) => c switch
    {
        '\u0622' => '\uFEF5',
        '\u0623' => '\uFEF7',
        '\u0625' => '\uFEF9',
        '\u0627' => '\uFEFB',
        _ => null,
    };

    /// <summary>The nearest character before (−1) or after (1) <paramref name="i"/> that is not a mark; −1 when none.</summary>
    private static int Neighbour(string text, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < text.Length; j += step)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[j]) != UnicodeCategory.NonSpacingMark) return j;
        }
        return -1;
    }

    /// <summary>Whether a letter joins the one after it: dual-joining letters, tatweel and the zero width joiner.</summary>
    private static bool JoinsOnwards(char c) => c is Tatweel or ZeroWidthJoiner || Forms(c).Count == 4;

    /// <summary>Whether a letter joins the one before it: every letter with a final form, tatweel and the zero width joiner.</summary>
    private static bool JoinsBack(char c) => c is Tatweel or ZeroWidthJoiner || Forms(c).Count >= 2;

    private static (char First, int Count) Forms(char c)
    {
        if (c is >= '\u0621' and <= '\u064A') return (FirstForm[c - 0x0621], FormCounts[c - 0x0621] - '0');
        return Extra.TryGetValue(c, out var extra) ? extra : ('\0', 0);
    }

    /// <summary>Each letter's isolated form: Forms-B lists the letters' forms one after the other from U+FE80.</summary>
    private static char[] FirstForms()
    {
        var first = new char[FormCounts.Length];
        var next = '\uFE80';
        for (var i = 0; i < FormCounts.Length; i++)
        {
            first[i] = next;
            next += (char)(FormCounts[i] - '0');
        }
        return first;
    }
}
