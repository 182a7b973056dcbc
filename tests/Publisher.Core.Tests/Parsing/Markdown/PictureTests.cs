using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Html;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>An image alone in its paragraph (Markdown or raw HTML) is a picture; one among text keeps its alt text.</summary>
public class PictureTests
{
    private static (Article Article, IReadOnlyList<string> Messages) Parse(string body, string path = "posts/2026/post.md")
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(MarkdownHarness.MinimalHead + body, path) ?? throw new InvalidOperationException(string.Join("\n", harness.Messages));
        return (article, harness.Messages);
    }

    [Fact]
    public void A_lone_image_is_a_picture_resolved_against_the_article_folder_with_alt_caption_and_line()
    {
        var (article, messages) = Parse("Vorher.\n\n![Die *Brücke* bei Nacht](img/br%C3%BCcke%201.jpg \"Foto: A. Muster\")\n\nNachher.");
        Assert.Empty(messages);
        var picture = Assert.IsType<Picture>(article.Body[1]);
        Assert.Equal("posts/2026/img/brücke 1.jpg", picture.Source);
        Assert.Equal("Die Brücke bei Nacht", picture.Alt);
        Assert.Equal("Foto: A. Muster", InlineText.Plain(picture.Caption));
        Assert.Equal(7, picture.Line); // 4 lines of front matter, then "Vorher.", a blank line
        Assert.False(picture.IsRemote);
    }

    [Fact]
    public void A_caption_is_punctuated_as_the_same_text_in_a_paragraph_and_nothing_else_in_it_is_markdown()
    {
        const string written = "Der 'Plan' -- \"vorerst\" *kein* Entwurf...";
        var (article, messages) = Parse($"![Karte](k.png \"{written.Replace("\"", "\\\"")}\")\n\n{written.Replace("*", "\\*")}");
        Assert.Empty(messages);
        var picture = Assert.IsType<Picture>(article.Body[0]);
        var paragraph = Assert.IsType<Paragraph>(article.Body[1]);
        Assert.Equal(InlineText.Plain(paragraph.Inlines), InlineText.Plain(picture.Caption));
        Assert.Contains("*kein*", InlineText.Plain(picture.Caption));
        Assert.DoesNotContain("'", InlineText.Plain(picture.Caption));
    }

    [Fact]
    public void A_picture_without_a_title_has_no_caption_and_a_parent_folder_is_followed()
    {
        var (article, _) = Parse("![Karte](../../maps/berlin.png)");
        var picture = Assert.IsType<Picture>(Assert.Single(article.Body));
        Assert.Equal("maps/berlin.png", picture.Source);
        Assert.Empty(picture.Caption);
    }

    [Fact]
    public void A_reference_image_alone_is_a_picture()
    {
        var (article, messages) = Parse("![Ein Plan][plan]\n\n[plan]: ./plan.png \"Der Plan\"");
        Assert.Empty(messages);
        var picture = Assert.IsType<Picture>(Assert.Single(article.Body));
        Assert.Equal(("posts/2026/plan.png", "Ein Plan", "Der Plan"), (picture.Source, picture.Alt, InlineText.Plain(picture.Caption)));
    }

    [Fact]
    public void A_remote_image_keeps_its_address_as_written()
    {
        var (article, _) = Parse("![Logo](https://cdn.example.org/a/logo.png?v=2)");
        var picture = Assert.IsType<Picture>(Assert.Single(article.Body));
        Assert.Equal("https://cdn.example.org/a/logo.png?v=2", picture.Source);
        Assert.True(picture.IsRemote);
    }

    [Fact]
    public void A_linked_lone_image_is_a_picture_without_its_link()
    {
        var (article, _) = Parse("[![Vorschau](klein.png)](gross.png)");
        Assert.Equal("posts/2026/klein.png", Assert.IsType<Picture>(Assert.Single(article.Body)).Source);
    }

    [Theory]
    [InlineData("Text ![Ein Bild](bild.png) danach", "Text Ein Bild danach")]
    [InlineData("![Eins](a.png) ![Zwei](b.png)", "Eins Zwei")]
    public void An_image_among_text_or_beside_another_keeps_its_alt_text_with_a_warning(string body, string text)
    {
        var (article, messages) = Parse(body);
        Assert.Equal(text, InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.EndsWith(HtmlFragmentConverter.ImageWarning, m));
    }

    [Fact]
    public void A_lone_image_in_a_table_cell_keeps_its_alt_text()
    {
        var (article, messages) = Parse("a | b\n-|-\n![Bild](x.png) | y\n");
        var table = Assert.IsType<Table>(Assert.Single(article.Body));
        Assert.Equal("Bild", InlineText.Plain(table.Rows[1].Cells[0].Inlines));
        Assert.Equal(["posts/2026/post.md:7: warning: " + HtmlFragmentConverter.ImageWarning], messages);
    }

    [Fact]
    public void A_lone_image_in_a_list_item_is_a_picture()
    {
        var (article, _) = Parse("- ![Bild](x.png)\n- Text\n");
        Assert.Equal("posts/2026/x.png", Assert.Single(Pictures.In(article.Body)).Source);
    }

    [Theory]
    [InlineData("![Bild](/bilder/a.png)")]
    [InlineData("<img src=\"/bilder/a.png\" alt=\"Bild\">")]
    public void A_source_with_a_leading_slash_is_read_from_the_content_folders_top(string body)
    {
        var (article, messages) = Parse(body);
        Assert.Empty(messages);
        Assert.Equal("bilder/a.png", Assert.Single(Pictures.In(article.Body)).Source);
    }

    [Theory]
    [InlineData("<img src=\"bilder/a.png\" alt=\"Ein A\">", "", 5)]
    [InlineData("<p><img src=\"bilder/a.png\" alt=\"Ein A\" title=\"Unter A\"></p>", "Unter A", 5)]
    [InlineData("<figure>\n<img src=\"bilder/a.png\" alt=\"Ein A\">\n<figcaption>Unter <em>A</em></figcaption>\n</figure>", "Unter A", 6)] // the <img>'s own line
    [InlineData("<figure><a href=\"https://example.org\"><img src=\"bilder/a.png\" alt=\"Ein A\"></a><figcaption>Unter A</figcaption></figure>", "Unter A", 5)]
    [InlineData("![Ein A <b>fett</b>](bilder/a.png \"Unter A\")", "Unter A", 5)] // raw HTML in the alt text: read as HTML
    public void Raw_html_standing_alone_is_a_picture(string body, string caption, int line)
    {
        var (article, messages) = Parse(body);
        Assert.Empty(messages);
        var picture = Assert.IsType<Picture>(Assert.Single(article.Body));
        Assert.Equal("posts/2026/bilder/a.png", picture.Source);
        Assert.StartsWith("Ein A", picture.Alt);
        Assert.Equal(caption, InlineText.Plain(picture.Caption));
        Assert.Equal(line, picture.Line);
    }

    [Fact]
    public void A_figure_with_text_beside_its_image_keeps_the_text_and_the_alt_text()
    {
        var (article, messages) = Parse("<figure><p>Vorweg</p><img src=\"a.png\" alt=\"Ein A\"><figcaption>Unter A</figcaption></figure>");
        Assert.Empty(Pictures.In(article.Body));
        Assert.Equal("Vorweg Ein A Unter A", string.Join(" ", article.Body.Select(b => InlineText.Plain(((Paragraph)b).Inlines))));
        Assert.Equal(["posts/2026/post.md:5: warning: " + HtmlFragmentConverter.ImageWarning], messages);
    }

    [Theory]
    [InlineData("![Bild](../../../etc/passwd)", "it leads out of the content folder")]
    [InlineData("![Bild](%2e%2e/%2E%2E/%2e./etc/passwd)", "it leads out of the content folder")]
    [InlineData("![Bild](//example.org/x.png)", "an address without http: or https:")]
    [InlineData("![Bild](/../etc/passwd)", "it leads out of the content folder")]
    [InlineData("![Bild](file:///etc/passwd)", "only files of the content folder and http(s) addresses")]
    [InlineData("![Bild](data:image/png;base64,iVBORw0KGgo=)", "only files of the content folder and http(s) addresses")]
    [InlineData("![Bild](a\\..\\..\\x.png)", "backslash")]
    public void A_source_that_names_no_content_file_keeps_the_alt_text_and_caption_with_a_warning(string body, string why)
    {
        var (article, messages) = Parse(body.Replace(")", " \"Bildtext\")"));
        Assert.Empty(Pictures.In(article.Body));
        Assert.Equal("Bild", InlineText.Plain(((Paragraph)article.Body[0]).Inlines));
        Assert.Equal("Bildtext", InlineText.Plain(((Paragraph)article.Body[1]).Inlines));
        var message = Assert.Single(messages);
        Assert.StartsWith("posts/2026/post.md:5: warning: picture '", message);
        Assert.Contains(why, message);
        Assert.EndsWith("; its alt text is kept", message);
    }

    [Theory]
    [InlineData("<img src=\"../../../../etc/passwd\" alt=\"X\">")]
    [InlineData("<figure><img src=\"file:///etc/passwd\" alt=\"X\"><figcaption>C</figcaption></figure>")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"X\">")]
    public void Hostile_html_sources_give_no_picture_and_keep_the_alt_text(string body)
    {
        var (article, messages) = Parse(body);
        Assert.Empty(Pictures.In(article.Body));
        Assert.Equal("X", InlineText.Plain(((Paragraph)article.Body[0]).Inlines));
        Assert.NotEmpty(messages);
    }
}
