using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

public sealed class TwoColumnTests
{
    [Fact]
    public void Two_columns_on_A5_keep_every_line_inside_its_column_and_the_pdf_valid()
    {
        var markup = XhtmlReader.Read(SampleMarkup.Build(2, 2, seed: 3, bodyAttributes: "data-page-size=\"A5\" data-columns=\"2\" data-margin=\"36\" data-body-size=\"8.5\""),
            "two-columns.xhtml", new TypesettingStyle());
        Assert.Empty(markup.Diagnostics);
        var style = markup.Style;
        Assert.Equal((PageFormat.A5, 2), (style.Page, style.Columns));
        var result = new Typesetter(style).Render(new TypesetDocument(markup.Blocks, RenderFixture.Info));

        var columnLefts = new[] { style.Margins.Left, style.Margins.Left + style.ColumnWidth + style.ColumnGap };
        var used = new HashSet<double>();
        foreach (var placement in result.Plan.Pages.SelectMany(p => p.Placements))
        {
            Assert.Contains(placement.X, columnLefts);
            used.Add(placement.X);
            if (result.Flows[placement.Flow] is not TextFlow flow) continue;
            foreach (var line in flow.Lines.Skip(placement.FromLine).Take(placement.ToLine - placement.FromLine))
                Assert.True(flow.IndentLeft + line.Width <= style.ColumnWidth + 0.01, $"'{line.PlainText}' leaves its column");
        }
        Assert.Equal(2, used.Count);

        var path = Path.Combine(Path.GetTempPath(), $"two-columns-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, result.Pdf);
            Assert.Equal(0, Tool.Run("qpdf", "--check", path).ExitCode);
            Assert.Contains("419.53 x 595.28", Tool.Run("pdfinfo", path).Output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
