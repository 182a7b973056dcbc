using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Internal;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The text of one link annotation object, written by <see cref="PdfRewriter"/> after PDFsharp has saved
/// the rest: a digest has thousands of links, and PDFsharp walked, renumbered and wrote each of them
/// as an object of its own. The entries are those PDFsharp's <c>PdfPage.AddWebLink</c> /
/// <c>AddDocumentLink</c> write, in the same syntax (strings through PDFsharp's own encoder, the
/// rectangle as its <c>PdfRectangle</c> is written), minus the clock (/M), the random name (/NM) and
/// the border style dictionary (/Border [0 0 0] already says "no border"), plus what a tagged PDF wants: /Contents (the
/// link's text) and /StructParent (its Link element's key in the parent tree).
/// </summary>
internal static class LinkAnnotations
{
    /// <summary>The annotation dictionary ("&lt;&lt;/A&lt;&lt;…&gt;&gt;/Border[0 0 0]/Rect[…]/Subtype/Link/Type/Annot&gt;&gt;").</summary>
    public static void Write(Stream output, LinkArea link)
    {
        var text = new StringBuilder(160);
        text.Append("<</A<<");
        if (link.IsInternal)
            text.Append("/D").Append(Literal(link.Target[1..])).Append("/S/GoTo");
        else
            text.Append("/S/URI/URI").Append(Literal(Core.Model.AsciiUrls.Of(link.Target))); // 7-bit ASCII, as ISO 32000 wants
        text.Append(">>/Border[0 0 0]");
        if (link.Contents.Length > 0) text.Append("/Contents").Append(Literal(link.Contents));
        text.Append("/Rect[");
        Number(text, link.X1).Append(' ');
        Number(text, link.Y1).Append(' ');
        Number(text, link.X2).Append(' ');
        Number(text, link.Y2);
        text.Append(']');
        if (link.StructParent >= 0) text.Append("/StructParent ").Append(link.StructParent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.Append("/Subtype/Link/Type/Annot>>");
        output.Write(Encoding.Latin1.GetBytes(text.ToString()));
    }

    /// <summary>
    /// A string literal exactly as PDFsharp writes a <c>PdfString</c> made from <paramref name="value"/>:
    /// bytes in parentheses while every character fits in one byte, else UTF-16 in hex after a byte order mark.
    /// </summary>
    internal static string Literal(string value) =>
        PdfEncoders.ToStringLiteral(value, value.AsSpan().ContainsAnyExceptInRange('\0', '\u00FF') ? PdfStringEncoding.Unicode : PdfStringEncoding.RawEncoding, null);

    private static StringBuilder Number(StringBuilder text, double value)
    {
        Span<byte> digits = stackalloc byte[PdfNumber.MaxLength];
        var length = PdfNumber.Write(value, 3, digits);
        foreach (var digit in digits[..length]) text.Append((char)digit);
        return text;
    }
}
