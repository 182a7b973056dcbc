using CsCheck;

namespace Publisher.Pdf.Tests.Properties;

/// <summary>
/// "Nothing the user wrote is lost": for Markdown bodies of every construct people write, parsing never throws, every
/// word a reader sees in the source is in the model, in the XHTML of the shared body template (well-formed) and in
/// the PDF the typesetter makes of it; script text reaches none of them; an image's alt text stays, with a warning.
/// </summary>
public sealed class MarkdownBodyPropertyTests : IDisposable
{
    private readonly DirectoryInfo _templates = Directory.CreateTempSubdirectory("body-property-");

    public MarkdownBodyPropertyTests() =>
        File.WriteAllText(Path.Combine(_templates.FullName, "body.sbn"), "{{ include 'shared/article-body.sbn' article 'h3' }}");

    [Fact]
    public void Every_word_of_a_Markdown_body_reaches_the_model_the_XHTML_and_the_PDF()
    {
        var pipeline = new BodyPipeline(_templates.FullName);
        MarkdownBodies.Body.Sample(pipeline.Check, iter: 50);
        Assert.True(pipeline.WordsPrinted > 50 * 20, $"only {pipeline.WordsPrinted} words were followed into a PDF");
    }

    public void Dispose() => _templates.Delete(true);
}
