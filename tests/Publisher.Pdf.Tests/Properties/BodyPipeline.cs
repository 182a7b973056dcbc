using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Templating;
using Publisher.Templating.Views;
using Publisher.Typesetting;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig;

namespace Publisher.Pdf.Tests.Properties;

/// <summary>
/// One Markdown body through the real steps — parser, the shared body template, the typesetter's reader, layout and
/// PDF — with every word followed along. Each step's check fails with what was lost and where.
/// </summary>
internal sealed partial class BodyPipeline(string templates)
{
    private static readonly DocumentInfo Info = new("Eigenschaften", "Test", "", [], "de", new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero));

    [GeneratedRegex(@"w\d+q|ж\d+ж|λ\d+λ|字\d+字")]
    private static partial Regex Token();

    private readonly TemplateRenderer _renderer = new(new TemplateSet(TemplateSet.ShippedDirectory, templates));

    public void Check(MarkdownBody body)
    {
        var site = WeekCorpus.Site();
        var diagnostics = new DiagnosticBag();
        var article = new MarkdownArticleParser().Parse(Encoding.UTF8.GetBytes(body.Article),
            new ParseContext("body.md", diagnostics, "de", TimeZoneInfo.Utc, site.BaseUrl));
        var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.True(article is not null, "no article: " + string.Join("\n", messages));

        var model = ModelText.Of(article.Body);
        var unsaid = body.Seen.Where(w => !messages.Any(m => m.Contains(w, StringComparison.Ordinal)) && !RemovedAsScript(body.Article, w, messages)
            && !OnAFenceLine(body.Article, w));
        Lost("the model", unsaid, model, $"model:\n{model}\ndiagnostics:\n{string.Join("\n", messages)}");
        // A script's text may stand in a code block (a fence that runs to the end, say): there it is the source, shown.
        Leaked("the model", body.Secrets.Where(s => !ShownAsText(body.Article, s)), ModelText.Of(article.Body, code: false), $"model:\n{model}\ndiagnostics:\n{string.Join("\n", messages)}");
        // An image's markup in a code block (a fence that runs to the end, say) or a raw HTML block is text, shown as
        // written, no image (seed 2JobOoH156R2). An image alone in its paragraph is a picture, reported only if it cannot be one.
        var imageShownAsText = model.Contains("](bild", StringComparison.Ordinal);
        if (body.HasImage && !imageShownAsText && !Pictures.In(article.Body).Any()) Assert.True(messages.Any(m => m.Contains("image")), "an image without a warning:\n" + string.Join("\n", messages));
        var words = Token().Matches(model).Select(m => m.Value).Distinct().ToList();

        var xhtml = _renderer.Render("body.sbn", new Dictionary<string, object?> { ["article"] = new ArticleViews(Corpus.Create(site, [article])).Create(article) });
        XElement parsed;
        try { parsed = XElement.Parse("<div>" + xhtml + "</div>"); }
        catch (System.Xml.XmlException e) { throw new Xunit.Sdk.XunitException($"not well-formed XML ({e.Message}):\n{xhtml}"); }
        Lost("the XHTML", words, parsed.Value, xhtml);
        Runnable(parsed, xhtml);
        var withoutCode = new XElement(parsed);
        withoutCode.Descendants("pre").Remove();
        Leaked("the XHTML", body.Secrets.Where(s => !ShownAsText(body.Article, s)), withoutCode.ToString(), xhtml);

        var read = XhtmlReader.Read($"<html lang=\"de\"><body>{xhtml}</body></html>", "body.xhtml", new TypesettingStyle());
        Assert.True(read.Diagnostics.Count == 0, "the typesetter's reader reports:\n" + string.Join("\n", read.Diagnostics) + "\n" + xhtml);
        var result = new Typesetter(read.Style, useAllCores: false).Render(new TypesetDocument(read.Blocks, Info));
        using var pdf = PdfDocument.Open(result.Pdf);
        var printed = Normalize(string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(l => l.Value)));
        var missing = result.MissingGlyphs.Select(r => r.ToString()).ToList();
        var expected = words.Select(w => missing.Aggregate(w, (word, glyph) => word.Replace(glyph, "\uFFFD"))).ToList();
        Lost("the PDF", expected, printed, xhtml);
        Interlocked.Add(ref _wordsPrinted, expected.Count);
    }

    /// <summary>
    /// Whether <paramref name="secret"/> is the target of a Markdown link, <c>[w](javascript:…)</c>: in a raw HTML block
    /// Markdown is not read, and the brackets are text, shown as written (escaped, so never run).
    /// </summary>
    private static bool ShownAsText(string source, string secret) =>
        source.Contains($"](javascript:alert('{secret}'))", StringComparison.Ordinal);

    /// <summary>Nothing in the XHTML can run: no script or style element, no event attribute, no javascript: URL.</summary>
    private static void Runnable(XElement xhtml, string context)
    {
        var elements = xhtml.DescendantsAndSelf().Where(e => e.Name.LocalName is "script" or "style" or "iframe" or "object" or "embed").Select(e => e.Name.LocalName);
        var attributes = xhtml.DescendantsAndSelf().Attributes()
            .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            .Select(a => $"{a.Name}=\"{a.Value}\"");
        var runnable = elements.Concat(attributes).ToList();
        if (runnable.Count > 0) throw new Xunit.Sdk.XunitException($"the XHTML can run {string.Join(", ", runnable)}:\n{context}");
    }

    /// <summary>
    /// Whether <paramref name="word"/> stands on a line that starts with a code fence. Such a line, meant as code in a
    /// fenced block, opens a block of its own where that block never opened (seed db-Ihy510hQ1: "4. ~~~" after a
    /// paragraph in a list item is that paragraph's text, as CommonMark says: only "1." interrupts a paragraph); the
    /// words after the fence are then its info string, metadata no renderer shows, as a link's URL.
    /// </summary>
    private static bool OnAFenceLine(string source, string word) =>
        Regex.IsMatch(source, @"(?m)^[ \t>]*(```|~~~)[^\n]*" + Regex.Escape(word));

    // A word a warning names is not lost unsaid: in raw HTML, <w1q@example.org> is an element (a browser reads it so
    // too), reported by its name (seed 7B1wyWW_XGf2).

    /// <summary>
    /// Whether <paramref name="word"/> stands inside a <c>&lt;script&gt;</c> in the source (shown as code) and a script
    /// was reported removed. Markdig at times reads a list item after a raw HTML block as part of that block (seed
    /// 9tncbSS89S02: a pipe table in a "+" item right after an item holding a &lt;ul&gt;); its code spans are then raw
    /// HTML, their script a real one, removed with that warning. Lost then, but not unsaid.
    /// </summary>
    private static bool RemovedAsScript(string source, string word, IReadOnlyList<string> messages) =>
        Regex.IsMatch(source, "<script>[^<]*" + Regex.Escape(word)) && messages.Any(m => m.Contains("removed unsafe HTML element <script>", StringComparison.Ordinal));

    private int _wordsPrinted;

    /// <summary>How many words the checks found in a PDF, over all bodies: that they were not trivially empty.</summary>
    public int WordsPrinted => _wordsPrinted;

    /// <summary>Text without white space and hyphens: words compare across line ends and hyphenation.</summary>
    private static string Normalize(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '\u00AD')]);

    private static void Lost(string where, IEnumerable<string> words, string text, string context)
    {
        var lost = words.Where(w => !text.Contains(w, StringComparison.Ordinal)).ToList();
        if (lost.Count > 0) throw new Xunit.Sdk.XunitException($"lost in {where}: {string.Join(", ", lost)}\n{context}");
    }

    private static void Leaked(string where, IEnumerable<string> secrets, string text, string context)
    {
        var leaked = secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
        if (leaked.Count > 0) throw new Xunit.Sdk.XunitException($"script text reached {where}: {string.Join(", ", leaked)}\n{context}");
    }
}
