using PdfSharp.Pdf;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Link annotations written as plain dictionaries, with the entries PDFsharp's own
/// <c>PdfPage.AddWebLink</c> / <c>AddDocumentLink</c> write, minus the clock (/M), the random name
/// (/NM) and the border style dictionary (/Border [0 0 0] already says "no border") — building them
/// through PDFsharp's annotation classes cost a GUID and reflection each.
/// </summary>
internal static class LinkAnnotations
{
    /// <summary>Adds a link over <paramref name="area"/> (PDF page space): "#name" to a named destination, else a URI.</summary>
    public static void Add(PdfPage page, PdfRectangle area, string target)
    {
        var document = page.Owner;
        var action = new PdfDictionary(document);
        if (target.StartsWith('#'))
        {
            action.Elements["/D"] = new PdfString(target[1..]);
            action.Elements["/S"] = new PdfName("/GoTo");
        }
        else
        {
            action.Elements["/S"] = new PdfName("/URI");
            action.Elements["/URI"] = new PdfString(target);
        }

        var annotation = new PdfDictionary(document);
        annotation.Elements["/A"] = action;
        annotation.Elements["/Border"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0));
        annotation.Elements["/Rect"] = area;
        annotation.Elements["/Subtype"] = new PdfName("/Link");
        annotation.Elements["/Type"] = new PdfName("/Annot");
        document.Internals.AddObject(annotation);

        if (page.Elements["/Annots"] is not PdfArray annotations)
        {
            annotations = new PdfArray(document);
            page.Elements["/Annots"] = annotations;
        }
        annotations.Elements.Add(annotation.Reference!);
    }
}
