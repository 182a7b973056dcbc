using System.Collections.Immutable;
using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Parsing.Taz;
using Publisher.Core.Sampling;

namespace Publisher.Core.Tests.Model;

/// <summary>Article content kept as bytes reads back equal to the parsers' own, node for node, and never silently changes.</summary>
public class ContentEncodingTests
{
    private static readonly ImmutableArray<Block> EveryKind =
    [
        new Subhead("Zwischenzeile"),
        new Subhead([new TextRun("Mit "), new Emphasis(EmphasisKind.Emphasis, [new TextRun("Betonung")]), new CodeSpan("x"), new NoteReference(2)], 5),
        new Paragraph([
            new TextRun("Plain "), new Emphasis(EmphasisKind.Strong, [new TextRun("strong "), new Emphasis(EmphasisKind.Emphasis, [new TextRun("both")])]),
            new LineBreak(), new LinkInline([new TextRun("a link")], new Uri("https://example.org/a?b=c#d"), 3),
            new LinkInline([new TextRun("unknown target")], null, null), new TextRun("Umlaute äöü, ein Emoji 🙂, CJK 漢字"),
        ]),
        new Quote([new Paragraph([new TextRun("quoted")]), new Quote([new Subhead("nested")])]),
        new ListBlock(true, [new ListItem([new Paragraph([new TextRun("one")])]), new ListItem([]), new ListItem([new ListBlock(false, [new ListItem([new Subhead("deep")])])])]),
        new ListBlock(true, [new ListItem([new Paragraph([new TextRun("minus three")])])]) { Start = -3 },
        new ListBlock(true, [new ListItem([])]) { Start = 999_999_999 },
        new ListBlock(false, [new ListItem([new Paragraph([new TextRun("open")])]) { Task = TaskMark.Open }, new ListItem([]) { Task = TaskMark.Done }, new ListItem([])]),
        new Figure(new ImageCaption("A caption", "Photo: someone")),
        new Figure(new ImageCaption("No credit", null)),
        new Paragraph([new TextRun(new string('x', 127)), new TextRun(new string('y', 128)), new TextRun(new string('z', 16384)), new TextRun(new string('ö', 9000)), new TextRun("")]),
        new Paragraph([]),
        new Preformatted("if (x)\n    return;\n\n// ö"),
        new ThematicBreak(),
        new Table(
            [
                new TableRow([new TableCell([new TextRun("Bezirk")], RowSpan: 2), new TableCell([new Emphasis(EmphasisKind.Strong, [new TextRun("Preis")])], ColumnSpan: 200, Alignment: CellAlignment.Right)]),
                new TableRow([new TableCell([new LinkInline([new TextRun("Mitte")], new Uri("https://example.org/m"), 4)]), new TableCell([new TextRun("14,20 €")]), new TableCell([])]),
                new TableRow([]),
            ],
            1, [CellAlignment.Left, CellAlignment.Right, CellAlignment.Center, CellAlignment.None]) { Caption = [new TextRun("Mieten "), new Emphasis(EmphasisKind.Emphasis, [new TextRun("2026")])], FooterRows = 1 },
        new Table([], 0, []),
        new Paragraph([new TextRun("noted"), new NoteReference(1), new Emphasis(EmphasisKind.Deleted, [new NoteReference(300)])]),
        new Paragraph([new TextRun("call "), new CodeSpan("printf(\"%d\\n\", x)"), new LinkInline([new CodeSpan("  spaced  ")], new Uri("https://example.org/c"), 5), new CodeSpan("")]),
        new Notes([new Note(1, [new Paragraph([new TextRun("the note")]), new Quote([])]), new Note(300, [])]),
        new Picture("pictures/a chart.png", "A chart") { Line = 12, Caption = [new TextRun("Rents "), new Emphasis(EmphasisKind.Emphasis, [new TextRun("2026")])] },
        new Picture("https://example.org/remote.jpg", "") { Line = int.MaxValue },
    ];

    private static readonly ImmutableArray<ImageCaption> Images = [new("Caption", "Credit"), new("Caption only", null)];

    private static readonly ImmutableArray<ArticleLink> Links =
    [
        new(1, "https://example.org/x", new Uri("https://example.org/x"), ["anchor", "another anchor"]),
        new(2, "not a url", null, []),
        new(3, null, new Uri("https://example.org/a?b=c#d"), ["ä"]),
    ];

    private static readonly ImmutableArray<RelatedArticle> Related = [new("Kicker: Head", "Kicker", "Head", "Teaser"), new("Head", null, "Head", null)];

    [Fact]
    public void Every_kind_of_node_reads_back_equal()
    {
        var bytes = ContentEncoding.Encode(EveryKind, Images, Links, Related, out var exact);

        Assert.True(exact);
        Assert.Equal(Describe(EveryKind), Describe(ContentEncoding.Body(bytes)));
        Assert.Equal(Describe(Images), Describe(ContentEncoding.Images(bytes)));
        Assert.Equal(Describe(Links), Describe(ContentEncoding.Links(bytes)));
        Assert.Equal(Describe(Related), Describe(ContentEncoding.Related(bytes)));
        Assert.Equal(bytes, ContentEncoding.Encode(ContentEncoding.Body(bytes), ContentEncoding.Images(bytes), ContentEncoding.Links(bytes), ContentEncoding.Related(bytes), out _));
    }

    [Fact]
    public void An_encoded_article_reads_like_the_original_and_replacing_one_part_keeps_the_others()
    {
        var article = Sample() with { Body = EveryKind, Images = Images, Links = Links, Related = Related };
        var encoded = article.WithEncodedContent();

        Assert.NotSame(article, encoded);
        Assert.Equal(Describe(article), Describe(encoded));
        Assert.Equal(Describe(article), Describe(encoded)); // read twice: decoded afresh, still the same
        var replaced = encoded with { Links = [] };
        Assert.Empty(replaced.Links);
        Assert.Equal(Describe(article with { Links = [] }), Describe(replaced));
        Assert.Equal(Describe(article), Describe(encoded)); // the original is untouched
    }

    [Fact]
    public void Text_that_does_not_encode_exactly_stays_as_records()
    {
        ImmutableArray<Block> body = [new Paragraph([new TextRun("lone \uD800 surrogate")])];
        ContentEncoding.Encode(body, [], [], [], out var bodyExact);
        ContentEncoding.Encode([], [], [], [new RelatedArticle("\uDC00", null, "x", null)], out var relatedExact);
        var article = Sample() with { Body = body };

        Assert.False(bodyExact);
        Assert.False(relatedExact);
        Assert.Same(article, article.WithEncodedContent());
        Assert.Equal("lone \uD800 surrogate", ((TextRun)((Paragraph)article.WithEncodedContent().Body[0]).Inlines[0]).Text);
    }

    [Fact]
    public void Cut_or_damaged_bytes_are_reported_not_misread()
    {
        var bytes = ContentEncoding.Encode(EveryKind, Images, Links, Related, out _);

        Assert.True(ContentEncoding.HasSections(bytes));
        Assert.False(ContentEncoding.HasSections(bytes.AsSpan(0, bytes.Length / 2)));
        Assert.False(ContentEncoding.HasSections([.. bytes, 0]));
        Assert.Throws<InvalidDataException>(() => ContentEncoding.PictureCount(bytes.AsSpan(0, bytes.Length - 1)));
        byte[] badKind = [2, 1, 99, 1, 0, 1, 0, 1, 0, 1, 0];
        Assert.True(ContentEncoding.HasSections(badKind));
        Assert.Throws<InvalidDataException>(() => ContentEncoding.Body(badKind));
        Assert.Throws<ArgumentException>(() => Sample() with { EncodedContent = bytes.AsMemory(1) });
    }

    [Fact]
    public void The_content_says_how_many_pictures_the_body_shows_wherever_they_stand()
    {
        ImmutableArray<Block> nested =
        [
            new Paragraph([new TextRun("no picture here")]),
            new Quote([new Picture("q.png", "in a quote")]),
            new ListBlock(false, [new ListItem([new Paragraph([]), new Picture("l.png", "in a list")])]),
            new Notes([new Note(1, [new Picture("n.png", "in a note")])]),
        ];
        ImmutableArray<Block> none = [new Paragraph([new TextRun("text only")]), new Figure(new ImageCaption("a taz caption is no picture", null))];
        foreach (var body in new[] { EveryKind, nested, none, [] })
        {
            var article = Sample() with { Body = body };
            var encoded = article.WithEncodedContent();

            Assert.Equal(Pictures.In(body).Count(), ContentEncoding.PictureCount(ContentEncoding.Encode(body, [], [], [], out _)));
            Assert.Equal(Pictures.In(body).Any(), article.ShowsPictures);
            Assert.NotSame(article, encoded);
            Assert.Equal(Pictures.In(body).Any(), encoded.ShowsPictures);
        }
        // A body replaced in an encoded article (as links are resolved) answers for itself.
        Assert.False(((Sample() with { Body = nested }).WithEncodedContent() with { Body = none }).ShowsPictures);
        Assert.True(((Sample() with { Body = none }).WithEncodedContent() with { Body = nested }).ShowsPictures);
    }

    [Fact]
    public void Loaded_articles_have_the_same_content_as_a_direct_parse()
    {
        var root = Directory.CreateTempSubdirectory("content-encoding").FullName;
        SampleCorpus.Write(root, 60, pictures: [new SamplePicture("chart.png", "A chart", "Rents by district")]);
        var site = SiteConfigReader.Read(root, new DiagnosticBag());
        IArticleParser[] parsers = [new MarkdownArticleParser(), new TazArticleParser()];
        var loaded = new ContentLoader(parsers).Load(root, site, new DiagnosticBag());

        Assert.NotEmpty(loaded);
        Assert.Contains(loaded, a => a.Links.Length > 0);
        foreach (var article in loaded)
        {
            var path = article.Source.RelativePath;
            var parser = parsers.First(p => p.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase));
            var direct = parser.Parse(File.ReadAllBytes(Path.Combine(root, path)), new ParseContext(path, new DiagnosticBag(), site.Language, site.TimeZone, site.BaseUrl))!;
            Assert.Equal(Describe(direct), Describe(article));
            Assert.Equal(direct.ShowsPictures, article.ShowsPictures);
        }
        Assert.Contains(loaded, a => a.ShowsPictures);
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

    /// <summary>The encoded parts as text, every node and field in order (records compare arrays by reference).</summary>
    private static string Describe(Article a) =>
        $"{Describe(a.Body)} | {Describe(a.Images)} | {Describe(a.Links)} | {Describe(a.Related)} | {a.Title} {a.Source.RelativePath}";

    private static string Describe(ImmutableArray<ImageCaption> images) => string.Join(" ", images.Select(i => $"Image({i.Caption}, {i.Credit ?? "null"})"));

    private static string Describe(ImmutableArray<ArticleLink> links) =>
        string.Join(" ", links.Select(l => $"Link({l.Number}, {l.Href ?? "null"}, {l.Url?.OriginalString ?? "null"}, [{string.Join(", ", l.Anchors)}])"));

    private static string Describe(ImmutableArray<RelatedArticle> related) =>
        string.Join(" ", related.Select(r => $"Related({r.Title}, {r.Kicker ?? "null"}, {r.Headline}, {r.Teaser ?? "null"})"));

    private static string Describe(ImmutableArray<Block> blocks) => ModelTree.Describe(blocks);
}
