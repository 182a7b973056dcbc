using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

public sealed class TazArticleMapperTests
{
    private static readonly string[] Lines =
    [
        "| # taz.de -- Hafen: Neue Kräne am Kai | |",
        "| > Der Hafen rüstet auf. | |",
        "| Bild: Ein Kran im Nebel Foto: Anna Berg | |",
        "| Kommentar von Lena Ruhm | |",
        "| Bremen taz | Am Kai stehen seit Montag drei [1][neue Kräne]. Der vierte | |",
        "| kommt [2][im Mai]. | |",
        "| ## Kosten | |",
        "| Sie kosten zusammen zwölf Millionen Euro. | |",
        "| 4 Jan 2022 | |",
        "| ## LINKS | |",
        "| [1] /Kraene/!5900501 | |",
        "| ## TAGS | |",
        "| Hafen | |",
        "| ## ARTIKEL ZUM THEMA | |",
        "| Werft: Stapellauf im Regen | |",
        "| Das Schiff ist fertig. |",
    ];

    private static (Article? Article, DiagnosticBag Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var context = new ParseContext("taz/hafen.txt", bag, "de", TimeZoneInfo.Utc, new Uri("https://example.org/"));
        return (new TazArticleParser().Parse(Encoding.UTF8.GetBytes(text), context), bag);
    }

    [Fact]
    public void A_bare_picture_line_gives_no_empty_figure_but_one_with_words_stays()
    {
        var (article, _) = Read("# taz.de -- Hafen: Kräne\nBild:\nBild: Ein Kran\nAm Kai stehen drei neue Kräne.\n4 Jan 2022\n");

        Assert.Equal(["Ein Kran"], article!.Images.Select(i => i.Caption));
        Assert.Equal(["Ein Kran"], article.Body.OfType<Figure>().Select(f => f.Image.Caption));
    }

    [Fact]
    public void Maps_every_part_of_a_dump_to_the_model()
    {
        var (article, _) = Read(string.Join("\n", Lines));

        Assert.NotNull(article);
        Assert.Equal("Hafen: Neue Kräne am Kai", article.Title);
        Assert.Equal("Hafen", article.Kicker);
        Assert.Equal("Neue Kräne am Kai", article.Headline);
        Assert.Equal<string>(["Lena Ruhm"], article.Authors);
        Assert.Equal("Kommentar", article.AuthorRole);
        Assert.Equal(new Dateline("Bremen", "taz"), article.Dateline);
        Assert.Equal(new DateOnly(2022, 1, 4), article.Published.Date);
        Assert.Equal(new IsoWeek(2022, 1), article.Week);
        Assert.Equal("taz-hafen", article.Id.ToString());
        Assert.Equal<string>(["Hafen"], article.Tags);
        Assert.Equal(Array.IndexOf(Lines, "| Hafen | |") + 1, article.TagsLine);
        Assert.Equal(new RelatedArticle("Werft: Stapellauf im Regen", "Werft", "Stapellauf im Regen", "Das Schiff ist fertig."), Assert.Single(article.Related));

        var figure = Assert.IsType<Figure>(article.Body[0]);
        Assert.Equal(new ImageCaption("Ein Kran im Nebel", "Anna Berg"), figure.Image);
        var paragraph = Assert.IsType<Paragraph>(article.Body[1]);
        Assert.Equal("Am Kai stehen seit Montag drei neue Kräne. Der vierte kommt im Mai.", InlineText.Plain(paragraph.Inlines));
        var links = paragraph.Inlines.OfType<LinkInline>().ToList();
        Assert.Equal(new Uri("https://taz.de/Kraene/!5900501"), links[0].Url);
        Assert.Equal(1, links[0].Reference);
        Assert.Null(links[1].Url);
        Assert.Equal("Subhead(2: Text(Kosten) )", Publisher.Core.Tests.Model.ModelTree.Describe([article.Body[2]]));
        Assert.Equal([1, 2], article.Links.Select(l => l.Number));
    }

    [Fact]
    public void Article_without_a_date_line_is_an_error_and_skipped()
    {
        var (article, bag) = Read("# taz.de -- Ohne Datum\nNur ein Absatz.");

        Assert.Null(article);
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Not_an_article_is_a_warning_and_skipped()
    {
        var (article, bag) = Read("<html><body>502 Bad Gateway</body></html>");

        Assert.Null(article);
        Assert.False(bag.HasErrors);
        Assert.Equal(1, bag.WarningCount);
    }
}
