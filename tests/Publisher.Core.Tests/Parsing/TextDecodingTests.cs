using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Taz;
using Publisher.Core.Tests.Parsing.Markdown;

namespace Publisher.Core.Tests.Parsing;

/// <summary>
/// Files in UTF-16 or UTF-32 (with a byte order mark) and Latin-1 files are read with every letter; bytes that are not
/// UTF-8 are a warning on the line of the first, never a silent U+FFFD.
/// </summary>
public class TextDecodingTests
{
    private const string Markdown = "---\ntitle: Grüße aus Köln\ndate: 2026-11-10\n---\nÄrger über Straßen für 5 €.\n";

    private const string Taz = "| # taz.de -- Verkehr: Grüße aus Köln | |\n| Ärger über Straßen für 5 €. | |\n| 10 Nov 2026 | |";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static TheoryData<string> Encodings => ["utf-16le", "utf-16be", "utf-32le", "utf-32be", "utf-8"];

    private static byte[] WithBom(string text, string name)
    {
        var encoding = name switch
        {
            "utf-16le" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le" => new UTF32Encoding(false, true),
            "utf-32be" => new UTF32Encoding(true, true),
            _ => new UTF8Encoding(true),
        };
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_markdown_file_with_a_byte_order_mark_is_read_in_its_encoding(string encoding)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(WithBom(Markdown.Replace("\n", "\r\n"), encoding))!;
        Assert.Empty(harness.Messages);
        Assert.Equal("Grüße aus Köln", article.Headline);
        Assert.Equal("Ärger über Straßen für 5 €.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
    }

    [Fact]
    public void A_taz_dump_with_a_utf8_byte_order_mark_is_read_without_it()
    {
        var result = TazParser.Parse(WithBom(Taz.Replace("\n", "\r\n"), "utf-8"), "dump.txt");
        Assert.Equal(TazStatus.Article, result.Status);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Encoding.Bom);
        Assert.Equal("crlf", result.Encoding.LineEndings);
        Assert.True(result.Encoding.Framed);
        Assert.Equal("Grüße aus Köln", result.Headline);
        Assert.Equal("Ärger über Straßen für 5 €.", Assert.Single(result.Body).Text);
        Assert.Equal(new DateOnly(2026, 11, 10), result.Date);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void A_taz_dump_is_utf8_whatever_byte_order_mark_it_has(string encoding)
    {
        // Spec §2.2: only a UTF-8 mark is dropped; the rest is read as UTF-8, and a title line that starts with � or
        // a control character is no title.
        var result = TazParser.Parse(WithBom(Taz, encoding), "dump.txt");
        Assert.Equal(TazStatus.NotArticle, result.Status);
        Assert.False(result.Encoding.Bom);
    }

    [Theory]
    [InlineData(false, "little-endian")]
    [InlineData(true, "big-endian")]
    public void A_utf16_markdown_file_without_a_byte_order_mark_is_read_as_utf16_with_a_warning(bool bigEndian, string order)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(new UnicodeEncoding(bigEndian, false).GetBytes(Markdown))!;
        Assert.Equal([$"post.md:1: warning: no byte order mark, but the bytes are UTF-16 {order}; read as such (save the file as UTF-8)"], harness.Messages);
        Assert.Equal("Grüße aus Köln", article.Headline);
        Assert.Equal("Ärger über Straßen für 5 €.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
    }

    [Fact]
    public void A_utf8_file_with_a_stray_zero_byte_is_not_taken_for_utf16()
    {
        var harness = new MarkdownHarness();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ntitle: Grüße aus Köln\ndate: 2026-11-10\n---\nEins"), 0, .. "zwei.\n"u8];
        var article = harness.Parse(bytes)!;
        Assert.Equal("Grüße aus Köln", article.Headline);
        Assert.DoesNotContain(harness.Messages, m => m.Contains("UTF-16", StringComparison.Ordinal));
    }

    [Fact]
    public void A_latin1_markdown_file_is_read_as_windows_1252_with_a_warning_on_the_first_bad_line()
    {
        var harness = new MarkdownHarness();
        var bytes = Windows1252.GetBytes(Markdown.Replace("Grüße aus Köln", "Gruesse aus Koeln"));
        var article = harness.Parse(bytes)!;
        Assert.Equal(["post.md:5: warning: not valid UTF-8; read as Windows-1252 (Latin-1)"], harness.Messages);
        Assert.Equal("Ärger über Straßen für 5 €.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
    }

    [Fact]
    public void A_latin1_taz_dump_reads_each_invalid_byte_as_a_replacement_character_with_a_warning()
    {
        // Spec §2.2: invalid UTF-8 becomes U+FFFD, one per invalid sequence; widths are measured on that text.
        var diagnostics = new DiagnosticBag();
        var context = new ParseContext("dump.txt", diagnostics, "de", TimeZoneInfo.Utc, new Uri("https://site.example/"));
        var article = new TazArticleParser().Parse(Windows1252.GetBytes(Taz), context)!;
        Assert.Equal(["dump.txt:1: warning: not valid UTF-8: 8 bytes read as U+FFFD (\ufffd), as the taz format has it; save the file as UTF-8"],
            diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal("Gr\uFFFD\uFFFDe aus K\uFFFDln", article.Headline);
        Assert.Equal("\uFFFDrger \uFFFDber Stra\uFFFDen f\uFFFDr 5 \uFFFD.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
    }

    [Fact]
    public void A_broken_character_in_a_taz_dump_is_one_replacement_character()
    {
        byte[] bytes = [.. "# taz.de -- Probe: Ein "u8, 0xE2, 0x80, .. " Zeichen\n"u8, .. Encoding.UTF8.GetBytes("Text.\n10 Nov 2026")];
        var result = TazParser.Parse(bytes, "dump.txt");
        Assert.Equal("Ein \uFFFD Zeichen", result.Headline);
    }

    [Fact]
    public void A_latin1_file_without_front_matter_is_still_the_error_it_was()
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse(Windows1252.GetBytes("Grüße ohne Kopf.\n")));
        Assert.Equal(["post.md:1: error: no front matter: a Markdown article starts with '---', then 'title:' and 'date:' lines, then '---'",
            "post.md:1: warning: not valid UTF-8; read as Windows-1252 (Latin-1)"], harness.Messages);
    }

    [Fact]
    public void A_stray_latin1_byte_in_a_utf8_file_keeps_both_and_says_the_encodings_are_mixed()
    {
        var harness = new MarkdownHarness();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ntitle: Grüße\ndate: 2026-11-10\n---\nEins.\n\nZw"), 0xF6, .. "lf über.\n"u8];
        var article = harness.Parse(bytes)!;
        Assert.Equal(["post.md:7: warning: not valid UTF-8: 1 byte among UTF-8 text read as Windows-1252 (Latin-1); save the file as UTF-8"], harness.Messages);
        Assert.Equal("Grüße", article.Headline);
        Assert.Equal("Zwölf über.", InlineText.Plain(Assert.IsType<Paragraph>(article.Body[1]).Inlines));
    }

    [Fact]
    public void A_character_cut_before_an_ellipsis_is_a_taz_truncation_not_latin1()
    {
        // Spec §5: the renderer cut the line inside „ (E2 80 9E) after 77 bytes and appended "…".
        var kept = "Die Lage ist ernst, sagen Beobachter, die den Konflikt lange verfolgen, wenn";
        Assert.Equal(76, Encoding.UTF8.GetByteCount(kept));
        byte[] bytes = [.. "# taz.de -- Probe: Schnitt\n"u8, .. Encoding.UTF8.GetBytes(kept + " "), 0xE2, 0x80, .. "…\nzweite Zeile.\n10 Nov 2026"u8];
        var result = TazParser.Parse(bytes, "cut.txt");
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Body[0].Truncated);
        Assert.Contains("wenn … zweite Zeile.", result.Body[0].Text);
    }
}
