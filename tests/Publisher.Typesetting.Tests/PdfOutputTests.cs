using System.Text.RegularExpressions;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace Publisher.Typesetting.Tests;

/// <summary>Checks on a real rendered PDF with poppler, qpdf and PdfPig.</summary>
public sealed partial class PdfOutputTests(RenderFixture fixture) : IClassFixture<RenderFixture>
{
    [Fact]
    public void Every_font_is_embedded_as_a_subset()
    {
        var (code, output) = Tool.Run("pdffonts", fixture.PdfPath);
        Assert.Equal(0, code);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));
    }

    [Fact]
    public void Qpdf_finds_no_errors_or_warnings()
    {
        var (code, output) = Tool.Run("qpdf", "--check", fixture.PdfPath);
        Assert.True(code == 0, output);
        Assert.DoesNotContain("WARNING", output);
    }

    [Fact]
    public void Objects_that_are_no_streams_are_packed_into_object_streams_behind_a_cross_reference_stream()
    {
        var (code, xref) = Tool.Run("qpdf", "--show-xref", fixture.PdfPath);
        Assert.True(code == 0, xref);
        var entries = xref.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var compressed = entries.Count(e => e.Contains(": compressed;", StringComparison.Ordinal));
        var uncompressed = entries.Where(e => e.Contains(": uncompressed;", StringComparison.Ordinal)).ToList();
        Assert.True(compressed > uncompressed.Count, xref); // the structure tree alone outnumbers the streams
        // What stays outside the object streams is a stream itself (qpdf's JSON gives such an object a "stream").
        using var json = System.Text.Json.JsonDocument.Parse(Tool.Run("qpdf", "--json", "--json-key=qpdf", fixture.PdfPath).Output);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        foreach (var entry in uncompressed)
            Assert.True(objects.GetProperty($"obj:{entry[..entry.IndexOf('/')]} 0 R").TryGetProperty("stream", out _), entry);
        var bytes = File.ReadAllBytes(fixture.PdfPath);
        Assert.Equal(-1, bytes.AsSpan().IndexOf("\nxref\n"u8)); // no classic table
        Assert.True(bytes.AsSpan().IndexOf("/Type/XRef"u8) > 0);
        Assert.True(bytes.AsSpan().IndexOf("/Type/ObjStm"u8) > 0);
    }

    [Fact]
    public void Pdftotext_gives_the_text_back_with_its_special_characters()
    {
        var (_, text) = Tool.Run("pdftotext", fixture.PdfPath, "-");
        Assert.Contains("Beispielausgabe – ä ö ü ß „Zitat“ …", text);
        foreach (var heading in fixture.Markup.Blocks.OfType<Heading>())
            Assert.Contains(string.Concat(heading.Content.OfType<TextRun>().Select(r => r.Text)), text);
    }

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var again = fixture.Typesetter.Render(new TypesetDocument(fixture.Markup.Blocks, RenderFixture.Info));
        Assert.Equal(fixture.Result.Pdf, again.Pdf);
    }

    [Fact]
    public void Metadata_carries_title_author_keywords_language_and_the_content_date()
    {
        var (_, info) = Tool.Run("pdfinfo", fixture.PdfPath);
        Assert.Contains("Title:           Wochenschau 2025-W10", info);
        Assert.Contains("Author:          Redaktion", info);
        Assert.Contains("Keywords:        Politik, Kultur", info);
        Assert.Contains("Sun Mar  9 00:00:00 2025 UTC", info);
        using var pdf = PdfDocument.Open(fixture.PdfPath);
        Assert.Contains("/Lang", Tool.Run("qpdf", "--show-object=trailer", fixture.PdfPath).Output + RootText());
    }

    [Fact]
    public void Viewers_are_asked_to_show_the_document_title()
    {
        var qdf = Path.Combine(fixture.Folder, "viewer.qdf.pdf");
        Assert.Equal(0, Tool.Run("qpdf", "--qdf", "--object-streams=disable", fixture.PdfPath, qdf).ExitCode);
        var text = File.ReadAllText(qdf, System.Text.Encoding.Latin1);
        // PDFsharp writes the preferences as an object of their own: follow the catalog's reference to it.
        var reference = Regex.Match(text, @"/Type /Catalog[^>]*?/ViewerPreferences (\d+) 0 R|/ViewerPreferences (\d+) 0 R[^>]*?/Type /Catalog");
        Assert.True(reference.Success, "the catalog has no /ViewerPreferences");
        var number = reference.Groups[1].Success ? reference.Groups[1].Value : reference.Groups[2].Value;
        Assert.Matches(@"(?m)^" + number + @" 0 obj\s*<<\s*/DisplayDocTitle true\s*>>", text);
    }

    [Fact]
    public void Toc_numbers_are_the_pages_where_the_targets_stand()
    {
        var toc = fixture.Markup.Blocks.OfType<TableOfContents>().Single();
        var firstPage = Tool.PageText(fixture.PdfPath, 1);
        foreach (var entry in toc.Entries)
        {
            var match = Regex.Match(firstPage, Regex.Escape(entry.Text) + @"[ .]*?(\d+)\s*$", RegexOptions.Multiline);
            Assert.True(match.Success, $"TOC line for '{entry.Text}' not found");
            var page = int.Parse(match.Groups[1].Value);
            Assert.Contains(entry.Text, Tool.PageText(fixture.PdfPath, page));
            Assert.Equal(fixture.Result.Plan.Anchors[entry.TargetId].Page, page);
        }
    }

    [Fact]
    public void Footer_says_page_x_of_y_on_every_page()
    {
        var count = fixture.Result.Plan.PageCount;
        for (var page = 1; page <= count; page++)
            Assert.Contains($"page {page} of {count}", Tool.PageText(fixture.PdfPath, page));
    }

    [Fact]
    public void Links_are_clickable_and_toc_entries_point_at_named_destinations()
    {
        using var pdf = PdfDocument.Open(fixture.PdfPath);
        var tocLinks = pdf.GetPage(1).GetAnnotations().Where(a => a.Action is GoToAction).ToList();
        var webLinks = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Action is UriAction).ToList();
        var toc = fixture.Markup.Blocks.OfType<TableOfContents>().Single();
        Assert.Equal(toc.Entries.Count, tocLinks.Count);
        Assert.Contains(webLinks, a => ((UriAction)a.Action!).Uri == "https://example.org/1/1");
        var (_, dests) = Tool.Run("pdfinfo", "-dests", fixture.PdfPath);
        foreach (var entry in toc.Entries)
            Assert.Matches(new Regex(@"^\s*" + fixture.Result.Plan.Anchors[entry.TargetId].Page + @"\s.*""" + entry.TargetId + @"""", RegexOptions.Multiline), dests);
    }

    [Fact]
    public void Outline_nests_articles_under_sections_on_the_right_pages()
    {
        using var pdf = PdfDocument.Open(fixture.PdfPath);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots;
        Assert.Equal(3, roots.Count);
        foreach (var root in roots)
        {
            var section = (UglyToad.PdfPig.Outline.DocumentBookmarkNode)root;
            Assert.Equal(3, section.Children.Count);
            var expected = fixture.Result.Plan.Bookmarks.Single(b => b.Bookmark.Title == section.Title).Position.Page;
            Assert.Equal(expected, section.PageNumber);
            foreach (var child in section.Children.Cast<UglyToad.PdfPig.Outline.DocumentBookmarkNode>())
                Assert.Contains(child.Title, Tool.PageText(fixture.PdfPath, child.PageNumber));
        }
    }

    [Fact]
    public void No_text_is_drawn_outside_the_text_area()
    {
        var style = fixture.Typesetter.Style;
        var flows = fixture.Result.Flows;
        foreach (var page in fixture.Result.Plan.Pages)
        foreach (var placement in page.Placements)
        {
            if (flows[placement.Flow] is not TextFlow flow) continue;
            Assert.True(placement.Y >= style.Margins.Top - 0.001);
            var before = placement.FromLine == 0 && !placement.AtColumnTop ? flow.SpaceBefore : 0;
            var bottom = placement.Y + before + flow.Lines.Skip(placement.FromLine).Take(placement.ToLine - placement.FromLine).Sum(l => l.Height);
            Assert.True(bottom <= style.Page.Height - style.Margins.Bottom + 0.001, $"flow ends at {bottom}");
            foreach (var line in flow.Lines.Skip(placement.FromLine).Take(placement.ToLine - placement.FromLine))
                Assert.True(flow.IndentLeft + line.Width <= style.ColumnWidth + 0.01, $"{flow.IndentLeft} + {line.Width} > {style.ColumnWidth}: {line.PlainText}");
        }
    }

    private string RootText() => Tool.Run("qpdf", "--show-object=2", fixture.PdfPath).Output;
}
