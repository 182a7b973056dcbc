using System.Text;
using CsCheck;
using Publisher.Feeds.Writers;

namespace Publisher.Feeds.Tests;

/// <summary>
/// An entry's content is escaped once and its bytes are written past the XML writer (<see cref="FeedSink"/>); for any
/// text, a document written that way must be byte for byte the one the writer makes from the text itself, or both must
/// fail alike (characters XML forbids).
/// </summary>
public sealed class EscapedXmlTextPropertyTests
{
    private static readonly Gen<string> Pieces = Gen.OneOf(
        Gen.OneOf("a", " ", "<p>", "</p>", "&", "&amp;", "<", ">", "]]>", "\"", "'", "ü", "–", "„", "\u00A0", "\u0085", "\u2028"),
        Gen.OneOf("\t", "\n", "\r", "\r\n", "\0", "\u0001", "\u001F", "\u007F", "\u0080", "\u009F"),
        Gen.OneOf("\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\U0001F600", "\uD83D", "\uDE00", "\uD7FF", "\uE000"),
        Gen.Char.Select(c => c.ToString()),
        Gen.OneOf("x", "ä", "<br/>").Select(s => string.Concat(Enumerable.Repeat(s, 3000)))); // past the writer's buffer

    private static readonly Gen<string> Texts = Pieces.Array[0, 30].Select(string.Concat);

    [Fact]
    public void Content_written_through_the_sink_has_the_bytes_the_writer_makes() =>
        Texts.Sample(text => Assert.Equal(Document(text, throughSink: false), Document(text, throughSink: true)), iter: 3000);

    [Theory]
    [InlineData("")]
    [InlineData("<p>Fish &amp; chips, 3 > 2</p>\n<p>ünd „so“</p>")]
    [InlineData("\r\n")]
    public void Edge_texts_have_the_bytes_the_writer_makes(string text) =>
        Assert.Equal(Document(text, throughSink: false), Document(text, throughSink: true));

    [Fact]
    public void Only_plain_text_is_escaped_ahead()
    {
        Assert.NotNull(EscapedXmlText.Of("<p>a &amp; b</p>\n\tü"));
        Assert.Null(EscapedXmlText.Of("a\rb"));
        Assert.Null(EscapedXmlText.Of("a\u0001b"));
        Assert.Null(EscapedXmlText.Of("\U0001F600"));
        Assert.Null(EscapedXmlText.Of("\uFFFE"));
    }

    /// <summary>An Atom-shaped document with the text as an element's content, then a sibling and the end: hex of its bytes, or the failure.</summary>
    private static string Document(string text, bool throughSink)
    {
        var file = new MemoryStream();
        var sink = new FeedSink(file);
        try
        {
            using (var writer = FeedXml.Create(sink))
            {
                writer.WriteStartDocument();
                writer.WriteStartElement("feed", FeedXml.AtomNamespace);
                writer.WriteStartElement("entry", FeedXml.AtomNamespace);
                writer.WriteStartElement("content", FeedXml.AtomNamespace);
                writer.WriteAttributeString("type", "html");
                if (throughSink) sink.WriteElementText(writer, text);
                else writer.WriteString(text);
                writer.WriteEndElement();
                writer.WriteElementString("id", FeedXml.AtomNamespace, "x");
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteEndDocument();
            }
            return Encoding.UTF8.GetString(file.ToArray());
        }
        catch (ArgumentException e)
        {
            return "failed: " + e.GetType().Name;
        }
    }
}
