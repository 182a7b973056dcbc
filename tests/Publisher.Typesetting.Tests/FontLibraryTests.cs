using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

public sealed class FontLibraryTests
{
    [Fact]
    public void Shipped_faces_are_the_four_styles_of_noto_serif_and_noto_sans()
    {
        foreach (var family in new[] { FontLibrary.SerifFamily, FontLibrary.SansFamily })
        foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
            Assert.True(FontLibrary.Shared.Contains(new FontFaceKey(family, bold, italic)));
        Assert.True(FontMetrics.For(new FontFaceKey(FontLibrary.SerifFamily, false, false)).Width('W', 10) > FontMetrics.For(new FontFaceKey(FontLibrary.SerifFamily, false, false)).Width('i', 10));
    }

    [Fact]
    public void The_monospaced_family_ships_regular_and_bold_with_equal_advances()
    {
        var regular = new FontFaceKey(FontLibrary.MonospaceFamily, false, false);
        var bold = new FontFaceKey(FontLibrary.MonospaceFamily, true, false);
        Assert.True(FontLibrary.Shared.Contains(regular) && FontLibrary.Shared.Contains(bold));
        // No italics are shipped: an italic request keeps its weight.
        Assert.Equal(bold, FontLibrary.Shared.Resolve(new FontFaceKey(FontLibrary.MonospaceFamily, true, true)));
        Assert.Equal(regular, FontLibrary.Shared.Resolve(new FontFaceKey(FontLibrary.MonospaceFamily, false, true)));
        var metrics = FontMetrics.For(regular);
        Assert.Equal(metrics.Width('W', 10), metrics.Width('i', 10), 6);
        Assert.Equal(metrics.Width('W', 10), metrics.Width(' ', 10), 6);
        Assert.Equal(metrics.Width('W', 10), metrics.Width('\u00A0', 10), 6);
    }

    [Fact]
    public void A_site_font_folder_adds_families_and_reports_files_it_cannot_use()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "site-fonts-" + Guid.NewGuid().ToString("N")));
        try
        {
            var source = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
            Assert.True(File.Exists(source), "fonts-dejavu is installed in CI");
            File.Copy(source, Path.Combine(folder.FullName, "SiteSans-Regular.ttf"));
            File.Copy(source, Path.Combine(folder.FullName, "notes.ttf"));
            var problems = FontLibrary.Shared.AddFolder(folder.FullName);
            Assert.Equal(["notes.ttf: warning: font file name must end in -Regular, -Bold, -Italic or -BoldItalic"], problems);
            Assert.True(FontLibrary.Shared.Contains(new FontFaceKey("SiteSans", false, false)));
            // A missing style falls back to the family's regular face.
            Assert.Equal(new FontFaceKey("SiteSans", false, false), FontLibrary.Shared.Resolve(new FontFaceKey("SiteSans", true, false)));

            var markup = XhtmlReader.Read("<html><body data-body-font=\"SiteSans\"><p>Schriften der Website: ä ö ü ß</p></body></html>", "fonts.xhtml", new TypesettingStyle());
            var result = new Typesetter(markup.Style).Render(new TypesetDocument(markup.Blocks, RenderFixture.Info));
            var path = Path.Combine(folder.FullName, "out.pdf");
            File.WriteAllBytes(path, result.Pdf);
            var fonts = Tool.Run("pdffonts", path).Output;
            Assert.Contains("+DejaVu Sans", fonts);
            Assert.Contains("Schriften der Website: ä ö ü ß", Tool.Run("pdftotext", path, "-").Output);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void A_missing_folder_is_a_warning()
    {
        var problems = new FontLibrary().AddFolder("/no/such/folder");
        Assert.Single(problems);
        Assert.Contains("warning: font folder not found", problems[0]);
    }
}
