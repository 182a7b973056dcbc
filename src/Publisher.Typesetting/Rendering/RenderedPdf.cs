using PdfSharp.Pdf;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The drawing pass's result: the document PDFsharp saves (pages, fonts, outline, names, metadata) and
/// each page's link areas, which <see cref="PdfFinisher"/> adds as annotations while it finishes the file, and the
/// XMP packet (<see cref="XmpPacket"/>) that replaces PDFsharp's, and the structure tree the drawing pass recorded
/// (<see cref="StructureObjects"/> writes it) with the document's language (the catalog's /Lang).
/// </summary>
internal sealed record RenderedPdf(PdfDocument Document, IReadOnlyList<LinkArea[]> LinksByPage, byte[] Metadata,
    StructureRecorder Structure, string Language);
