using CsCheck;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

public sealed class TazParserPropertyTests
{
    /// <summary>Bytes biased towards the format: framing, markers, section headers, truncation, controls.</summary>
    private static readonly Gen<byte[]> FormatLikeBytes =
        Gen.OneOf(
                "| ", " | |", " |", "# taz.de -- ", "# ", "> ", "Bild: ", " Foto: ", "## ", "## LINKS", "## TAGS",
                "## ARTIKEL ZUM THEMA", "[1][", "]", "[", "[12] /a/!1", "…", "\uFFFD…", "„", "“", ": ", "■ Von ",
                "Berlin taz | ", "30 Dec 2021", "31 Feb 2022", "\n", "\r\n", "\r", "\t", "\u0000", "\u0085", "\uFEFF",
                "Wort ", "Zwei Wörter ", "ä", "😀", " ", "von Anna Berg", "Kommentar von ")
            .Array[0, 200]
            .Select(parts => System.Text.Encoding.UTF8.GetBytes(string.Concat(parts)));

    [Fact]
    public void Any_byte_string_gives_a_result_and_never_throws()
    {
        Gen.Byte.Array[0, 4000].Sample(bytes =>
        {
            var result = TazParser.Parse(bytes, "random.txt");
            Assert.NotNull(result);
            Assert.NotNull(TazJson.ToJson(result));
        }, iter: 3000);
    }

    [Fact]
    public void Any_format_like_text_gives_a_consistent_result_and_never_throws()
    {
        FormatLikeBytes.Sample(bytes =>
        {
            var result = TazParser.Parse(bytes, "format-like.txt");
            var json = TazJson.ToJson(result);
            Assert.NotNull(json);
            if (!result.IsArticle)
            {
                Assert.Empty(result.Body);
                Assert.Null(result.Title);
            }

            Assert.Equal(result.Tags.Length, result.TagSlugs.Length);
            Assert.Equal(result.TagSlugs.Length, result.TagSlugs.Distinct().Count());
            Assert.All(result.Body, block => Assert.Equal(block.Text.Trim(' '), block.Text));
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Line, 1, bytes.Length + 1));
        }, iter: 5000);
    }
}
