using System.Text;
using CsCheck;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// A paragraph's shown text is made from its markup and the markers found in it; it must be the text of one walk that
/// copies the markup and puts each closed marker's anchor in its place (spec §9), and the language guess must count it.
/// </summary>
public sealed class LinkMarkerTextPropertyTests
{
    private static readonly Gen<string> Markup =
        Gen.OneOf("der Hafen ", "the port ", "[1][neue Kräne]", "[2][im [3][Mai]]", "[4][]", "[5][offen", "]", "[", "][",
                "[12][x]", "[1000][z]", " ", "ü", "😀")
            .Array[0, 16]
            .Select(string.Concat);

    [Fact]
    public void Shown_text_replaces_each_closed_marker_by_its_anchor()
    {
        Markup.Sample(markup =>
        {
            Assert.Equal(Reference(markup), LinkMarkerScanner.TextOf(markup));
            var paragraph = new TazParagraph(markup, false, 1);
            Assert.Equal(Reference(markup).Trim(' '), paragraph.Text);
            Assert.Equal(paragraph, new TazParagraph(markup, false, 1));
        }, iter: 5000);
    }

    /// <summary>Markers by hand: <c>[</c>, 1–3 digits, <c>][</c>, then an anchor up to its matching <c>]</c>.</summary>
    private static string Reference(string markup)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < markup.Length)
        {
            if (TryMarker(markup, i, out var anchorStart, out var close))
            {
                text.Append(markup, anchorStart, close - anchorStart);
                i = close + 1;
                continue;
            }
            text.Append(markup[i++]);
        }
        return text.ToString();
    }

    private static bool TryMarker(string s, int start, out int anchorStart, out int close)
    {
        anchorStart = close = 0;
        if (s[start] != '[') return false;
        var i = start + 1;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        var digits = i - start - 1;
        if (digits is < 1 or > 3 || i + 1 >= s.Length || s[i] != ']' || s[i + 1] != '[') return false;
        anchorStart = i + 2;
        var depth = 0;
        for (var j = anchorStart; j < s.Length && j < anchorStart + LinkMarkerScanner.MaxAnchorLength; j++)
        {
            if (s[j] == '[') depth++;
            else if (s[j] == ']' && depth-- == 0) { close = j; return true; }
        }
        return false;
    }
}
