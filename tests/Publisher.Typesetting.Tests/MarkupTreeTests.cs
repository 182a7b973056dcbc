using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>Well-formed XHTML is read with XmlReader, anything else with AngleSharp's HTML parser: same result.</summary>
public sealed class MarkupTreeTests
{
    [Fact]
    public void The_sample_is_read_as_xml_and_both_readers_give_the_same_pdf()
    {
        var markup = SampleMarkup.Build(2, 2);
        var xml = MarkupTree.TryReadXml(markup);
        Assert.NotNull(xml);
        var fromXml = XhtmlReader.Read(xml, "sample.xhtml", new TypesettingStyle());
        var fromHtml = XhtmlReader.Read(MarkupTree.ReadHtml(markup), "sample.xhtml", new TypesettingStyle());
        Assert.Equal(fromHtml.Diagnostics, fromXml.Diagnostics);
        Assert.Equal(fromHtml.Language, fromXml.Language);
        var pdfFromXml = new Typesetter(fromXml.Style).Render(new TypesetDocument(fromXml.Blocks, RenderFixture.Info)).Pdf;
        var pdfFromHtml = new Typesetter(fromHtml.Style).Render(new TypesetDocument(fromHtml.Blocks, RenderFixture.Info)).Pdf;
        Assert.Equal(pdfFromHtml, pdfFromXml);
    }

    [Fact]
    public void Html_that_is_not_xml_is_still_read()
    {
        const string markup = "<html><body><p>eins&nbsp;zwei<br>drei</p><p>vier</body></html>";
        Assert.Null(MarkupTree.TryReadXml(markup));
        var result = XhtmlReader.Read(markup, "site.html", new TypesettingStyle());
        Assert.Equal(2, result.Blocks.Count);
        var first = Assert.IsType<Paragraph>(result.Blocks[0]);
        Assert.Equal("eins\u00A0zwei", Assert.IsType<TextRun>(first.Content[0]).Text);
        Assert.IsType<HardBreak>(first.Content[1]);
    }

    [Fact]
    public void Xml_positions_are_those_of_the_tags()
    {
        var html = MarkupTree.TryReadXml("<html><body>\n  <p>x</p></body></html>");
        var paragraph = Assert.Single(Assert.IsType<MarkupElement>(html!.FirstChild("body")).Elements);
        Assert.Equal((2, 3), (paragraph.Line, paragraph.Column));
    }
}
