using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using Publisher.Typesetting.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>Markdown structure in the printed digest: one article's body, from its text through the shipped templates to the PDF's letters.</summary>
public sealed class MarkdownStructureTests
{
    private static readonly DigestRenderer Renderer = new(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));

    /// <summary>A digest of one article with <paramref name="body"/>: its markup and the letters of its pages, nothing reported.</summary>
    private static (string Markup, IReadOnlyList<Letter> Letters) Digest(string body)
    {
        var site = WeekCorpus.Site();
        var diagnostics = new DiagnosticBag();
        var article = WeekCorpus.Article("struktur.md", $"---\ntitle: Strukturen\ndate: 2026-11-10\ntags: [Technik]\n---\n{body}", site, diagnostics);
        var corpus = Corpus.Create(site, [article]);
        var week = corpus.Weeks.Single();
        var markup = Renderer.RenderMarkup(DigestViewBuilder.Build(corpus, week));
        var result = Renderer.Render(corpus, week, diagnostics);
        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        using var pdf = PdfDocument.Open(result.Pdf);
        return (markup, [.. pdf.GetPages().SelectMany(page => page.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value))]);
    }

    /// <summary>The letters of the first place <paramref name="word"/> is printed.</summary>
    private static List<Letter> Word(IReadOnlyList<Letter> letters, string word)
    {
        var text = string.Concat(letters.Select(l => l.Value));
        var at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{word}' is not printed");
        return [.. letters.Skip(at).Take(word.Length)];
    }

    private static string Family(Letter letter) => (letter.FontName ?? "")[((letter.FontName ?? "").IndexOf('+') + 1)..].Replace(" ", "").Replace(',', '-');

    [Fact]
    public void Inline_code_is_printed_in_the_monospaced_font_at_the_x_height_of_the_body()
    {
        var (markup, letters) = Digest("Die Zeile `printf(\"%d\\n\", zahl)` gibt die Zahl aus, `grep` sucht.\n");
        Assert.Contains("<code>printf(&quot;%d\\n&quot;, zahl)</code>", markup);
        var body = Word(letters, "Zeile");
        var code = Word(letters, "printf(\"%d\\n\",zahl)");
        Assert.All(body, l => Assert.StartsWith("NotoSerif", Family(l)));
        Assert.All(code, l => Assert.StartsWith("DejaVuSansMono", Family(l)));
        Assert.All(Word(letters, "grep"), l => Assert.StartsWith("DejaVuSansMono", Family(l)));
        var serif = FontMetrics.For(new FontFaceKey(FontLibrary.SerifFamily, false, false)).XHeight;
        var mono = FontMetrics.For(new FontFaceKey(FontLibrary.MonospaceFamily, false, false)).XHeight;
        Assert.Equal(serif * body[0].PointSize / 1000, mono * code[0].PointSize / 1000, 0.01); // the x-heights in pt
    }

    [Fact]
    public void Subheads_are_printed_smaller_by_level_with_their_emphasis_links_and_code()
    {
        var (markup, letters) = Digest("Vorweg.\n\n# Erste Ebene mit [Plan](https://example.org/plan)\n\nText.\n\n### Zweite *Ebene*\n\nText.\n\n"
            + "#### Dritte mit `make`\n\nText.\n\n###### Sechste\n\nText.\n");
        Assert.Contains("<h3 id=\"article-struktur.erste-ebene-mit-plan\">Erste Ebene mit <a href=\"https://example.org/plan\">Plan</a></h3>", markup);
        Assert.Contains("<h4 id=\"article-struktur.zweite-ebene\">Zweite <em>Ebene</em></h4>", markup);
        Assert.Contains("<h5 id=\"article-struktur.dritte-mit-make\">Dritte mit <code>make</code></h5>", markup);
        Assert.Contains("<h5 id=\"article-struktur.sechste\">Sechste</h5>", markup);
        double SizeOf(string word) => Word(letters, word)[0].PointSize;
        Assert.Equal(11.5, SizeOf("Erste"), 0.01);
        Assert.Equal(10.5, SizeOf("Zweite"), 0.01);
        Assert.Equal(9.5, SizeOf("Dritte"), 0.01);
        Assert.Equal(9.5, SizeOf("Sechste"), 0.01);
        Assert.All(Word(letters, "ErsteEbenemitPlan"), l => Assert.StartsWith("NotoSans-Bold", Family(l)));
        Assert.StartsWith("NotoSans-BoldItalic", Family(Word(letters, "ZweiteEbene")[6]));
        Assert.All(Word(letters, "make"), l => Assert.StartsWith("DejaVuSansMono-Bold", Family(l)));
        Assert.Contains("<p class=\"notes\">[1] Plan: <a href=\"https://example.org/plan\">", markup); // the link's text, and the link, are kept
    }

    [Fact]
    public void Inline_code_is_printed_without_the_hyphens_the_words_around_it_get()
    {
        // The reviewer's paragraph: the digest's column broke Ini-tializeApplicationHost and ConfigureLogging-Providers.
        string[] names =
        [
            "ConfigurationBuilderExtensions", "ServiceCollectionDescriptor", "InitializeApplicationHost", "RegisterDependencyInjection",
            "ConfigureLoggingProviders", "ValidateConfigurationSections", "StartBackgroundServices", "CalculateChecksumForEveryFile",
        ];
        var (_, letters) = Digest($"Wir rufen {string.Join(" und ", names.Select(n => $"`{n}`"))} auf, dann Verkehrsberuhigungsmaßnahmen.\n");
        var code = letters.Where(l => Family(l).StartsWith("DejaVuSansMono", StringComparison.Ordinal));
        Assert.Equal(string.Concat(names), string.Concat(code.Select(l => l.Value)));
    }

    [Fact]
    public void An_ordered_list_is_printed_from_the_number_it_starts_at()
    {
        var (markup, letters) = Digest("Die Schritte:\n\n3. Dritter Schritt\n4. Vierter Schritt\n");
        Assert.Contains("<ol start=\"3\">", markup);
        Assert.Contains("3.DritterSchritt4.VierterSchritt", string.Concat(letters.Select(l => l.Value)));
    }

    [Fact]
    public void A_thematic_break_is_printed_as_a_centred_mark_and_articles_are_still_set_apart_by_space()
    {
        var (markup, letters) = Digest("Die erste Szene.\n\n---\n\nDie zweite Szene.\n");
        Assert.Contains("<p>Die erste Szene.</p>\n<hr/>\n<p>Die zweite Szene.</p>", markup);
        Assert.Contains("<hr class=\"space\"/>\n</article>", markup);
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains("DieersteSzene.***DiezweiteSzene.", text);
        Assert.Equal(3, letters.Count(l => l.Value == "*")); // one mark: the article's end is no break
    }

    [Fact]
    public void A_bare_address_is_a_link_in_the_text_and_in_the_articles_link_list()
    {
        var (markup, letters) = Digest("Der Plan liegt unter https://example.org/plan.pdf bereit, mehr auf www.example.org.\n");
        Assert.Contains("<a href=\"https://example.org/plan.pdf\">https://example.org/plan.pdf</a> bereit, mehr auf <a href=\"https://www.example.org/\">www.example.org</a>.", markup);
        Assert.Contains("<p class=\"notes\">[1] <a href=\"https://example.org/plan.pdf\">", markup); // the address once: it is the link's text
        Assert.Contains("<p class=\"notes\">[2] <a href=\"https://www.example.org/\">", markup);
        Assert.Contains("https://example.org/plan.pdfbereit", string.Concat(letters.Select(l => l.Value)));
    }

    [Fact]
    public void A_task_list_is_printed_with_ballot_boxes_for_markers_from_the_monospaced_font()
    {
        // Digest() also checks nothing is reported: no box is a missing glyph.
        var (markup, letters) = Digest("Zu tun:\n\n- [ ] Fahrplan prüfen\n- [x] Karten kaufen\n");
        Assert.Contains("<li class=\"task open\">☐ Fahrplan prüfen</li>\n<li class=\"task done\">☑ Karten kaufen</li>", markup);
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains("Zutun:☐Fahrplanprüfen☑Kartenkaufen", text); // the boxes in place of bullets
        Assert.All(letters.Where(l => l.Value is "☐" or "☑"), l => Assert.StartsWith("DejaVuSansMono", Family(l)));
        Assert.DoesNotContain("\uFFFD", text);
    }
}
