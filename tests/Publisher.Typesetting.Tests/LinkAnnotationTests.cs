using System.Text;
using PdfSharp.Pdf;
using Publisher.Typesetting.Rendering;
using UglyToad.PdfPig.Actions;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Publisher.Typesetting.Tests;

/// <summary>Link annotations are written by the finisher, not PDFsharp: same syntax, every link on its page.</summary>
public sealed class LinkAnnotationTests(RenderFixture fixture) : IClassFixture<RenderFixture>
{
    [Theory]
    [InlineData("#article-s1000039", "#article-s1000039")]
    [InlineData("#tag-häfen (süd) \\ 100%", "#tag-häfen (süd) \\ 100%")]
    [InlineData("https://example.org/a?b=(1)&c=\\d", "https://example.org/a?b=(1)&c=\\d")]
    // A /URI is 7-bit ASCII (ISO 32000-1 12.6.4.7): the host in punycode, the rest percent-escaped as UTF-8.
    [InlineData("https://example.org/stra\u00DFe/\u20AC", "https://example.org/stra%C3%9Fe/%E2%82%AC")]
    [InlineData("https://bücher.example/straße?q=ä", "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4")]
    [InlineData("https://münchen.example/", "https://xn--mnchen-3ya.example/")]
    public void An_annotation_reads_as_the_one_PDFsharp_writes_for_the_same_link(string target, string written)
    {
        var link = new LinkArea(58, 721.7949, 537.28, 734.7951, target);
        using var ours = new MemoryStream();
        LinkAnnotations.Write(ours, link);
        Assert.Equal(PdfSharpAnnotation(link with { Target = written }), Encoding.Latin1.GetString(ours.ToArray()));
    }

    [Fact]
    public void Pages_carry_link_annotations_and_every_goto_resolves_to_a_page()
    {
        var expected = fixture.Result.Plan.PageCount;
        using var pdf = PdfPigDocument.Open(fixture.PdfPath);
        Assert.Equal(expected, pdf.NumberOfPages);
        var annotations = pdf.GetPages().Select(p => p.GetAnnotations().ToList()).ToList();
        Assert.True(annotations.Sum(a => a.Count) > fixture.Result.Plan.PageCount, "the sample has links on most pages");
        foreach (var annotation in annotations.SelectMany(a => a))
        {
            Assert.Equal(UglyToad.PdfPig.Annotations.AnnotationType.Link, annotation.Type);
            if (annotation.Action is GoToAction goTo)
                Assert.True(goTo.Destination.PageNumber >= 1 && goTo.Destination.PageNumber <= expected);
            else Assert.IsType<UriAction>(annotation.Action);
        }
    }

    /// <summary>The annotation dictionary as PDFsharp saves it when built from its own objects (the old way).</summary>
    private static string PdfSharpAnnotation(LinkArea link)
    {
        var document = new PdfDocument();
        var page = document.AddPage();
        var action = new PdfDictionary(document);
        if (link.IsInternal)
        {
            action.Elements["/D"] = new PdfString(link.Target[1..]);
            action.Elements["/S"] = new PdfName("/GoTo");
        }
        else
        {
            action.Elements["/S"] = new PdfName("/URI");
            action.Elements["/URI"] = new PdfString(link.Target);
        }
        var annotation = new PdfDictionary(document);
        annotation.Elements["/A"] = action;
        annotation.Elements["/Border"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0));
        annotation.Elements["/Rect"] = new PdfRectangle(new PdfSharp.Drawing.XPoint(link.X1, link.Y1), new PdfSharp.Drawing.XPoint(link.X2, link.Y2));
        annotation.Elements["/Subtype"] = new PdfName("/Link");
        annotation.Elements["/Type"] = new PdfName("/Annot");
        document.Internals.AddObject(annotation);
        page.Elements["/Annots"] = new PdfArray(document, annotation.Reference!);
        document.Options.NoCompression = true;
        using var saved = new MemoryStream();
        document.Save(saved, false);
        var text = Encoding.Latin1.GetString(saved.ToArray());
        var start = text.IndexOf("<</A<<", StringComparison.Ordinal);
        var end = text.IndexOf("\nendobj", start, StringComparison.Ordinal);
        return text[start..end];
    }
}
