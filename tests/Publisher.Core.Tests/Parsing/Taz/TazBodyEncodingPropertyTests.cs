using System.Text;
using CsCheck;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// The taz body is written to bytes straight from the markup in the parse's buffer; it must give the bytes the
/// records of <see cref="TazArticleMapper.ToArticle"/> encode to, and decode to the same article, on any dump.
/// </summary>
public sealed class TazBodyEncodingPropertyTests
{
    /// <summary>Body text with markers: closed, nested, empty, unterminated, undefined, at either end of a line.</summary>
    private static readonly Gen<string> BodyLine =
        Gen.OneOf(
                Gen.OneOf("Der Hafen", "the port", " ", "und", "[1][neue Kräne]", "[2][im [3][Mai]]", "[4][]", "[5][offen",
                    "]", "[", "][", "[12][x] ", "[999][y]", "[1000][z]", "Bremen taz | ", "Ä", "😀", "\uFFFD…", "…", "## ", "Bild: ", "> "))
            .Array[1, 12]
            .Select(string.Concat);

    private static readonly Gen<string> Dump =
        Gen.OneOf(BodyLine, Gen.Const(""), Gen.Const("## Zwischentitel"), Gen.Const("[1] /Kraene/!5900501"), Gen.Const("[2] https://example.org/a"))
            .Array[0, 20]
            .Select(lines => string.Join('\n',
                ["# taz.de -- Hafen: Neue Kräne", "> Der Hafen rüstet auf.", "Bild: Ein Kran Foto: Anna Berg", .. lines,
                 "4 Jan 2022", "## LINKS", "[1] /a/!1", "[3] https://example.org/b", "## TAGS", "Hafen"]));

    [Fact]
    public void Writes_the_bytes_the_records_encode_to()
    {
        Dump.Sample(text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var result = TazParser.Parse(bytes, "taz/x.txt");
            if (result.Status != TazStatus.Article || result.Date is not { } date) return;
            var id = new ArticleId(Slug.From("x", "article-"));
            var source = new SourceFile("taz/x.txt", "00");
            var records = TazArticleMapper.ToArticle(result, id, new PublicationDate(date), source);
            var unjoined = TazParser.Parse(bytes, "taz/x.txt", out var body);
            Assert.Empty(unjoined.Body);
            using var parts = body!;
            var encoded = TazArticleMapper.ToEncodedArticle(unjoined, parts, id, new PublicationDate(date), source);

            Assert.False(encoded.EncodedContent.IsEmpty);
            var expected = ContentEncoding.Encode(records.Body, records.Images, records.Links, records.Related, out var exact);
            Assert.True(exact);
            Assert.Equal(expected, encoded.EncodedContent.ToArray());
            // The head's arrays are those of the parse they came from: compared with the records of the same parse.
            var head = TazArticleMapper.ToArticle(unjoined, id, new PublicationDate(date), source);
            Assert.Equal(head with { Body = [], Images = [], Links = [], Related = [] }, encoded with { Body = [], Images = [], Links = [], Related = [] });
            Assert.Equal(TazJson.ToJson(result), TazJson.ToJson(unjoined with { Body = result.Body }));
        }, iter: 3000);
    }
}
