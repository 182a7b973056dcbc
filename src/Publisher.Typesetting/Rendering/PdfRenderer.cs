using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The drawing pass: one PDF page per planned page, running header and footer (page count now
/// known), every placement drawn, links, named destinations for anchors, a nested outline from
/// the bookmarks and the document's metadata.
/// </summary>
internal sealed class PdfRenderer(TypesettingStyle style, PageDecorations decorations, bool useAllCores = false)
{
    private const double DecorationOffset = 26;
    private const int RuleColor = 0xB0B0B0;

    /// <summary>What PDFsharp writes as the Info dictionary's /Producer ("PDFsharp 6.2.4"), for the XMP packet too.</summary>
    private static readonly string Producer = "PDFsharp " + typeof(PdfDocument).Assembly.GetName().Version!.ToString(3);

    public RenderedPdf Render(PagePlan plan, IReadOnlyList<Flowable> flows, DocumentInfo info)
    {
        FontSetup.EnsureInstalled();
        var document = new PdfDocument();
        WriteInfo(document, info);
        var resources = new PdfResources();
        var writer = new ContentStreamWriter();
        var pages = new List<PdfPage>(plan.PageCount);
        var links = new List<LinkArea[]>(plan.PageCount);
        var streams = new List<(PdfDictionary Content, byte[] Bytes)>(plan.PageCount);
        var structure = new StructureRecorder(plan.PageCount);
        var images = new ImageObjects(document);
        for (var index = 0; index < plan.PageCount; index++)
        {
            var content = plan.Pages[index];
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(style.Page.Width);
            page.Height = XUnit.FromPoint(style.Page.Height);
            using (var graphics = XGraphics.FromPdfPage(page))
            {
                var canvas = new PdfPageCanvas(graphics, resources, writer, style.Page.Height, structure, index, page, images);
                var pageInfo = new PageInfo(index + 1, plan.PageCount, content.Section);
                canvas.Tag(null); // running header and footer: artifacts
                DrawDecorations(canvas, pageInfo);
                foreach (var placement in content.Placements)
                    flows[placement.Flow].Draw(canvas, placement.X, placement.Y, placement.FromLine, placement.ToLine, placement.AtColumnTop);
                canvas.Finish();
                links.Add(canvas.Links());
            }
            // PDFsharp made the page's content stream from its own operators (only the font probes):
            // the stream the canvas wrote replaces them, compressed here (complete zlib, see PdfFinisher).
            var stream = ContentOf(page);
            if (useAllCores) streams.Add((stream, writer.Written.ToArray()));
            else SetCompressed(stream, PdfFinisher.Compress(writer.Written));
            pages.Add(page);
        }
        Parallel.For(0, streams.Count, i => SetCompressed(streams[i].Content, PdfFinisher.Compress(streams[i].Bytes)));
        foreach (var (id, position) in plan.Anchors.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            document.AddNamedDestination(id, position.Page, PdfNamedDestinationParameters.CreateVerticalPosition(TopInPdfSpace(position), null));
        AddOutline(document, pages, plan.Bookmarks);
        return new RenderedPdf(document, links, XmpPacket.For(info, Producer), structure, info.Language);
    }

    private static PdfDictionary ContentOf(PdfPage page) =>
        page.Contents.Elements.Count == 1 && page.Contents.Elements.GetDictionary(0) is { Stream: not null } content
            ? content
            : throw new InvalidOperationException("PDFsharp did not create exactly one content stream for the page");

    private static void SetCompressed(PdfDictionary content, byte[] compressed)
    {
        content.Stream!.Value = compressed;
        content.Elements["/Filter"] = new PdfName("/FlateDecode");
    }

    private double TopInPdfSpace(AnchorPosition position) => style.Page.Height - Math.Max(0, position.Y - 6);

    private static void WriteInfo(PdfDocument document, DocumentInfo info)
    {
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = string.Join(", ", info.Keywords);
        document.Info.Creator = "Publisher";
        document.Info.CreationDate = info.Date.UtcDateTime;
        document.Info.ModificationDate = info.Date.UtcDateTime;
        document.Language = info.Language;
        document.PageMode = PdfPageMode.UseOutlines;
        // Viewers show the title in their window or tab, not the file name ("2026-W46.pdf").
        document.ViewerPreferences.DisplayDocTitle = true;
        // Tagged (ISO 32000-1 §14.7–14.8): the structure tree itself is written by PdfRewriter (StructureObjects).
        document.Internals.Catalog.Elements["/MarkInfo"] = new PdfDictionary(document) { Elements = { ["/Marked"] = new PdfBoolean(true) } };
    }

    private void DrawDecorations(PdfPageCanvas canvas, PageInfo page)
    {
        var left = style.Margins.Left;
        var right = style.Page.Width - style.Margins.Right;
        if (decorations.Header(page) is { } header)
        {
            var baseline = style.Margins.Top - DecorationOffset;
            DrawRunning(canvas, header, left, right, baseline);
            canvas.DrawRule(left, baseline + 5, right, baseline + 5, 0.5, RuleColor);
        }
        if (decorations.Footer(page) is { } footer)
        {
            var baseline = style.Page.Height - style.Margins.Bottom + DecorationOffset + style.DecorationSize;
            DrawRunning(canvas, footer, left, right, baseline);
        }
    }

    private void DrawRunning(PdfPageCanvas canvas, RunningText text, double left, double right, double baseline)
    {
        var face = new FontFaceKey(style.DecorationFamily, false, false);
        if (text.Left.Length > 0)
            canvas.DrawString(text.Left, face, style.DecorationSize, style.DecorationColor, left, baseline, XStringAlignment.Near,
                style.FallbackFamily);
        if (text.Center.Length > 0)
            canvas.DrawString(text.Center, face, style.DecorationSize, style.DecorationColor, (left + right) / 2, baseline,
                XStringAlignment.Center, style.FallbackFamily);
        if (text.Right.Length > 0)
            canvas.DrawString(text.Right, face, style.DecorationSize, style.DecorationColor, right, baseline, XStringAlignment.Far,
                style.FallbackFamily);
    }

    private void AddOutline(PdfDocument document, List<PdfPage> pages, IReadOnlyList<BookmarkPlacement> bookmarks)
    {
        var stack = new List<(int Level, PdfOutline Outline)>();
        foreach (var (bookmark, position) in bookmarks)
        {
            while (stack.Count > 0 && stack[^1].Level >= bookmark.Level) stack.RemoveAt(stack.Count - 1);
            var parent = stack.Count > 0 ? stack[^1].Outline.Outlines : document.Outlines;
            var outline = parent.Add(bookmark.Title, pages[position.Page - 1], bookmark.Level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Top = TopInPdfSpace(position);
            outline.Left = 0;
            stack.Add((bookmark.Level, outline));
        }
    }
}
