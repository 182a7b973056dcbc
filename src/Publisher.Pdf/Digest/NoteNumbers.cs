using System.Text.RegularExpressions;
using Publisher.Core.Model;
using Publisher.Core.Parsing;

namespace Publisher.Pdf.Digest;

/// <summary>
/// The numbers of an article's printed list of addresses. The body prints no link numbers (a taz marker
/// <c>[3][anchor]</c> becomes its anchor, a Markdown link has none), so the list is numbered 1…n after the links into
/// the digest are left out: numbered as the model has them, [4], [7], [8], it pointed at nothing and the reader looked
/// for the rest. One marker can still stand in the text: a taz marker cut off before its closing bracket stays literal
/// (<c>[3][am 7. Dezember</c>, spec §9); when the list holds the link it names, the model's numbers are kept, so the two agree.
/// </summary>
public static partial class NoteNumbers
{
    public static List<NoteView> Of(List<NoteView> notes, Article article)
    {
        if (notes.Select((note, i) => note.Number == i + 1).All(same => same)) return notes;
        var literal = article.Body.SelectMany(BlockText.Texts).OfType<string>()
            .SelectMany(text => Marker().Matches(text)).Select(match => int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();
        if (notes.Any(note => literal.Contains(note.Number))) return notes;
        return [.. notes.Select((note, i) => note with { Number = i + 1 })];
    }

    [GeneratedRegex(@"\[(\d{1,3})\]\[")]
    private static partial Regex Marker();
}
