using Publisher.Core.Model;
using Publisher.Core.Tests.Model;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>Headings in the body keep the level they were written at and their inline content.</summary>
public class HeadingTests
{
    [Fact]
    public void Atx_setext_and_html_headings_keep_their_level()
    {
        var (article, messages) = ParseBody("# Eins\n\n## Zwei\n\n### Drei\n\n#### Vier\n\n##### Fünf\n\n###### Sechs\n\nOben\n===\n\nDarunter\n---\n\n<h3>Roh</h3>\n\n<h6>Tief</h6>\n");
        Assert.Empty(messages);
        Assert.Equal([1, 2, 3, 4, 5, 6, 1, 2, 3, 6], article.Body.Cast<Subhead>().Select(s => s.Level));
        Assert.Equal("Subhead(1: Text(Eins) ) Subhead(2: Text(Zwei) ) Subhead(3: Text(Drei) ) Subhead(4: Text(Vier) ) Subhead(5: Text(Fünf) ) "
            + "Subhead(6: Text(Sechs) ) Subhead(1: Text(Oben) ) Subhead(2: Text(Darunter) ) Subhead(3: Text(Roh) ) Subhead(6: Text(Tief) )",
            ModelTree.Describe(article.Body));
    }

    [Fact]
    public void A_heading_keeps_emphasis_links_and_code_and_its_links_are_numbered_as_any()
    {
        var (article, messages) = ParseBody("Siehe [Plan](https://ex.org/plan).\n\n## Der *neue* [Plan](https://ex.org/plan) für `make`\n\n### <b>Fett</b> und [Bahn](/bahn/)\n");
        Assert.Empty(messages);
        Assert.Equal("Subhead(2: Text(Der ) Emphasis(Emphasis: Text(neue) ) Text( ) Link(Text(Plan)  → https://ex.org/plan #1) Text( für ) Code(make) )",
            ModelTree.Describe([article.Body[1]]));
        Assert.Equal("Subhead(3: Emphasis(Strong: Text(Fett) ) Text( und ) Link(Text(Bahn)  → https://site.example/bahn/ #2) )", ModelTree.Describe([article.Body[2]]));
        Assert.Equal(["Plan|Plan", "Bahn"], article.Links.Select(l => string.Join("|", l.Anchors)));
    }

    [Fact]
    public void A_heading_without_text_is_left_out()
    {
        var (article, _) = ParseBody("Text.\n\n##\n\n<h2> </h2>\n\n## <b> </b>\n");
        Assert.IsType<Paragraph>(Assert.Single(article.Body));
    }
}
