using System.Text;
using CsCheck;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;

namespace Publisher.Core.Tests.Parsing;

/// <summary>
/// Shortcuts taken for speed (text returned as it is when nothing would change; front matter cut out of the
/// text instead of split into lines and joined again) must give exactly what the plain readings give.
/// </summary>
public sealed class TextShortcutPropertyTests
{
    private static readonly Gen<string> Texts =
        Gen.OneOf("a", "Wort", " ", "  ", "\t", "\n", "\r", "\u00A0", "\u2028", "\u0085", "\u0000", "\u007F", "\uFEFF",
                "\uFFFE", "😀", "\uD800", "\uDC00", "ä", "---", "...", "--- ", "title: T", "date: 2026-11-10", "x: [1, 2]")
            .Array[0, 24]
            .Select(string.Concat);

    [Fact]
    public void Collapsing_white_space_matches_the_plain_reading()
    {
        Texts.Sample(text =>
        {
            Assert.Equal(PlainCollapse(text), TextCleaning.CollapseWhitespace(text));
            Assert.Equal(PlainCollapseKeepEnds(text), TextCleaning.CollapseWhitespaceKeepEnds(text));
        }, iter: 20000);
    }

    [Fact]
    public void Front_matter_and_body_match_the_line_by_line_reading()
    {
        var lines = Gen.Frequency((3, Texts), (2, Gen.OneOf("---", "...", "--- ", "---\r", "", "title: T")));
        lines.Array[1, 6].Select(parts => string.Join('\n', parts)).Sample(text =>
        {
            var context = new ParseContext("post.md", new DiagnosticBag(), "de", TimeZoneInfo.Utc, new Uri("https://example.org/"));
            var (frontMatter, body) = FrontMatterReader.Read(text, context);
            var (expectedYaml, expectedBody, expectedLineCount) = PlainSplit(text);
            Assert.Equal(expectedBody, body);
            if (frontMatter is not null)
            {
                Assert.NotNull(expectedYaml);
                Assert.Equal(expectedLineCount, frontMatter.LineCount);
            }
        }, iter: 20000);
    }

    [Fact]
    public void Plain_text_of_an_array_matches_the_walk_over_its_inlines()
    {
        var inline = Gen.OneOf<Inline>(
            Texts.Select(t => (Inline)new TextRun(t)),
            Gen.Const<Inline>(new LineBreak()),
            Texts.Select(t => (Inline)new Emphasis(EmphasisKind.Strong, [new TextRun(t)])),
            Texts.Select(t => (Inline)new LinkInline([new TextRun(t), new LineBreak()], null, 1)));
        inline.Array[0, 4].Sample(inlines =>
        {
            var array = System.Collections.Immutable.ImmutableArray.Create(inlines);
            Assert.Equal(InlineText.Plain(inlines.AsEnumerable()), InlineText.Plain(array));
            Assert.Equal(Describe(InlineText.Tidy(inlines.AsEnumerable())), Describe(InlineText.Tidy(inlines.AsSpan())));
        }, iter: 5000);
    }

    /// <summary>Inlines as text that tells every kind and run apart (records holding arrays compare those by reference).</summary>
    private static string Describe(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => $"<{t.Text}>",
        LineBreak => "<br>",
        Emphasis e => $"<em {e.Kind}>{Describe(e.Content)}</em>",
        LinkInline l => $"<a {l.Reference}>{Describe(l.Content)}</a>",
        _ => "?",
    }));

    [Fact]
    public void Decoding_into_a_buffer_matches_the_plain_reading()
    {
        var pieces = Gen.OneOf(Gen.Const(new byte[] { 0xEF, 0xBB, 0xBF }), Gen.Const("\r\n"u8.ToArray()), Gen.Const("\r"u8.ToArray()),
            Gen.Const("\n"u8.ToArray()), Gen.Const("\r\r\n"u8.ToArray()), Gen.Const(new byte[] { 0xC3 }), Gen.Const(new byte[] { 0xFF, 0x80 }),
            Gen.Const("ä😀 x"u8.ToArray()), Gen.Const("…"u8.ToArray()), Gen.Const(new byte[] { 0xE2, 0x80 }), Gen.Const(new byte[] { 0xFF, 0xFE }),
            Gen.Const(new byte[] { 0xE4, 0x81, 0x9D }), Gen.Byte.Array[0, 3]);
        pieces.Array[0, 12].Select(parts => parts.SelectMany(p => p).ToArray()).Sample(bytes =>
        {
            var buffer = TextDecoding.DecodePooled(bytes, out var length, out var report);
            var (text, notUtf8) = PlainDecode(bytes);
            Assert.Equal(text, new string(buffer, 0, length));
            Assert.Equal(notUtf8, report.NotUtf8Bytes);
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }, iter: 20000);
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// The decoding without the buffer, character by character: a BOM names the encoding and is dropped; else UTF-8,
    /// a byte that is not read as Windows-1252 (one it leaves undefined as the C1 control of its number), a broken
    /// character before "…" as U+FFFD; line breaks replaced. Also how many bytes were read as Windows-1252.
    /// </summary>
    private static (string Text, int NotUtf8) PlainDecode(byte[] bytes)
    {
        var content = bytes.AsSpan();
        Encoding? wide = content switch
        {
            [0xFF, 0xFE, 0, 0, ..] => new UTF32Encoding(false, true),
            [0, 0, 0xFE, 0xFF, ..] => new UTF32Encoding(true, true),
            [0xFF, 0xFE, ..] => new UnicodeEncoding(false, true),
            [0xFE, 0xFF, ..] => new UnicodeEncoding(true, true),
            _ => null,
        };
        if (wide is not null) return (Lines(wide.GetString(content[wide.GetPreamble().Length..])), 0);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        var text = new StringBuilder();
        var notUtf8 = 0;
        while (!content.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(content, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done) text.Append(rune.ToString());
            else if (content[consumed..].StartsWith("…"u8)) text.Append('\uFFFD');
            else
            {
                notUtf8 += consumed;
                foreach (var b in content[..consumed])
                {
                    var c = Windows1252.GetString([b]);
                    text.Append(c is "?" or "\uFFFD" ? ((char)b).ToString() : c);
                }
            }
            content = content[consumed..];
        }
        return (Lines(text.ToString()), notUtf8);
    }

    private static string Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>The reading before the shortcut: split into lines, find the closing line, join the parts again.</summary>
    private static (string? Yaml, string Body, int LineCount) PlainSplit(string text)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---") return (null, text, 0);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0) return (null, text, 0);
        return (string.Join('\n', lines[1..end]), string.Join('\n', lines[(end + 1)..]), end + 1);
    }

    private static string PlainCollapse(string text)
    {
        var cleaned = TextCleaning.RemoveControlCharacters(text);
        var builder = new StringBuilder(cleaned.Length);
        var space = false;
        foreach (var c in cleaned)
        {
            if (Collapses(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string PlainCollapseKeepEnds(string text)
    {
        if (text.Length == 0) return text;
        var core = PlainCollapse(text);
        var lead = Collapses(text[0]) ? " " : "";
        var trail = Collapses(text[^1]) && core.Length > 0 ? " " : "";
        return lead + core + trail;
    }

    /// <summary>White space but the no-break spaces (U+00A0, U+2007, U+202F), which are kept.</summary>
    private static bool Collapses(char c) => char.IsWhiteSpace(c) && "\u00A0\u2007\u202F".IndexOf(c) < 0;
}
