using System.Collections.Immutable;
using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Parsing.Taz;
using Publisher.Core.Sampling;

namespace Publisher.Core.Tests.Model;

/// <summary>Bodies kept as bytes read back equal to the parsers' own, node for node, and never silently change.</summary>
public class BodyEncodingTests
{
    private static readonly ImmutableArray<Block> EveryKind =
    [
        new Subhead("Zwischenzeile"),
        new Paragraph([
            new TextRun("Plain "), new Emphasis(EmphasisKind.Strong, [new TextRun("strong "), new Emphasis(EmphasisKind.Emphasis, [new TextRun("both")])]),
            new LineBreak(), new LinkInline([new TextRun("a link")], new Uri("https://example.org/a?b=c#d"), 3),
            new LinkInline([new TextRun("unknown target")], null, null), new TextRun("Umlaute äöü, ein Emoji 🙂, CJK 漢字"),
        ]),
        new Quote([new Paragraph([new TextRun("quoted")]), new Quote([new Subhead("nested")])]),
        new ListBlock(true, [new ListItem([new Paragraph([new TextRun("one")])]), new ListItem([]), new ListItem([new ListBlock(false, [new ListItem([new Subhead("deep")])])])]),
        new Figure(new ImageCaption("A caption", "Photo: someone")),
        new Figure(new ImageCaption("No credit", null)),
        new Paragraph([new TextRun(new string('x', 127)), new TextRun(new string('y', 128)), new TextRun(new string('z', 16384)), new TextRun(new string('ö', 9000)), new TextRun("")]),
        new Paragraph([]),
    ];

    [Fact]
    public void Every_kind_of_node_reads_back_equal()
    {
        var bytes = BodyEncoding.Encode(EveryKind, out var exact);

        Assert.True(exact);
        Assert.Equal(Describe(EveryKind), Describe(BodyEncoding.Decode(bytes)));
        Assert.Equal(bytes, BodyEncoding.Encode(BodyEncoding.Decode(bytes), out _));
    }

    [Fact]
    public void An_article_with_an_encoded_body_reads_like_the_original_and_keeps_its_public_shape()
    {
        var article = Sample() with { Body = EveryKind };
        var encoded = article.WithEncodedBody();

        Assert.NotSame(article, encoded);
        Assert.Equal(Describe(EveryKind), Describe(encoded.Body));
        Assert.Equal(Describe(EveryKind), Describe(encoded.Body)); // read twice: decoded afresh, still the same
        var replaced = encoded with { Body = [new Subhead("other")] };
        Assert.Equal("Subhead(other)", Describe(replaced.Body));
    }

    [Fact]
    public void Text_that_does_not_encode_exactly_stays_as_records()
    {
        ImmutableArray<Block> body = [new Paragraph([new TextRun("lone \uD800 surrogate")])];
        BodyEncoding.Encode(body, out var exact);
        var article = Sample() with { Body = body };

        Assert.False(exact);
        Assert.Same(article, article.WithEncodedBody());
        Assert.Equal("lone \uD800 surrogate", ((TextRun)((Paragraph)article.WithEncodedBody().Body[0]).Inlines[0]).Text);
    }

    [Fact]
    public void Cut_or_damaged_bytes_are_reported_not_misread()
    {
        var bytes = BodyEncoding.Encode(EveryKind, out _);

        Assert.Throws<InvalidDataException>(() => BodyEncoding.Decode(bytes.AsSpan(0, bytes.Length / 2)));
        Assert.Throws<InvalidDataException>(() => BodyEncoding.Decode([.. bytes, 0]));
        Assert.Throws<InvalidDataException>(() => BodyEncoding.Decode([1, 99]));
    }

    [Fact]
    public void Loaded_articles_have_the_same_bodies_as_a_direct_parse()
    {
        var root = Directory.CreateTempSubdirectory("body-encoding").FullName;
        SampleCorpus.Write(root, 60);
        var site = SiteConfigReader.Read(root, new DiagnosticBag());
        IArticleParser[] parsers = [new MarkdownArticleParser(), new TazArticleParser()];
        var loaded = new ContentLoader(parsers).Load(root, site, new DiagnosticBag());

        Assert.NotEmpty(loaded);
        foreach (var article in loaded)
        {
            var path = article.Source.RelativePath;
            var parser = parsers.First(p => p.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase));
            var direct = parser.Parse(File.ReadAllBytes(Path.Combine(root, path)), new ParseContext(path, new DiagnosticBag(), site.Language, site.TimeZone, site.BaseUrl))!;
            Assert.Equal(Describe(direct.Body), Describe(article.Body));
        }
    }

    private static Article Sample() => new()
    {
        Id = new ArticleId(Slug.Restore("sample")),
        Slug = Slug.Restore("sample"),
        Title = "Sample",
        Headline = "Sample",
        Published = new PublicationDate(new DateOnly(2026, 11, 26), null),
        Language = "de",
        Source = new SourceFile("sample.md", "0"),
    };

    /// <summary>The tree as text, every node and field in order (records compare arrays by reference).</summary>
    private static string Describe(ImmutableArray<Block> blocks) => string.Join(" ", blocks.Select(Describe));

    private static string Describe(Block block) => block switch
    {
        Paragraph p => $"Paragraph({Describe(p.Inlines)})",
        Subhead s => $"Subhead({s.Text})",
        Quote q => $"Quote({Describe(q.Blocks)})",
        ListBlock l => $"List({l.Ordered}: {string.Join(" | ", l.Items.Select(i => Describe(i.Blocks)))})",
        Figure f => $"Figure({f.Image.Caption}, {f.Image.Credit ?? "null"})",
        _ => throw new InvalidOperationException(block.GetType().Name),
    };

    private static string Describe(ImmutableArray<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                TextRun t => $"Text({t.Text})",
                Emphasis e => $"Emphasis({e.Kind}: {Describe(e.Content)})",
                LinkInline l => $"Link({Describe(l.Content)} → {l.Url?.OriginalString ?? "null"} #{l.Reference?.ToString() ?? "null"})",
                LineBreak => "Break",
                _ => throw new InvalidOperationException(inline.GetType().Name),
            });
            text.Append(' ');
        }
        return text.ToString();
    }
}
