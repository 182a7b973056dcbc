using Publisher.Core.Model;
using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>
/// Straight quotes, apostrophes, dashes and dots in a Markdown article become typographic punctuation in the article's
/// language, wherever the author's text is read (body, title, kicker, summary), and nowhere else.
/// </summary>
public class SmartPunctuationTests
{
    private static Article Parse(string body, string frontMatter = "", bool smart = true)
    {
        var harness = new MarkdownHarness { SmartPunctuation = smart };
        var head = frontMatter.Contains("title:", StringComparison.Ordinal) ? frontMatter : "title: T\n" + frontMatter;
        var article = harness.Parse($"---\ndate: 2026-11-10\n{head}---\n{body}")
            ?? throw new InvalidOperationException(string.Join("\n", harness.Messages));
        Assert.Empty(harness.Messages);
        return article;
    }

    /// <summary>Every text of the body, one per paragraph, subhead, cell or code block.</summary>
    private static string[] Texts(Article article) => [.. article.Body.SelectMany(BlockText.Texts).OfType<string>()];

    private static string Text(Article article) => Assert.Single(Texts(article));

    [Theory]
    [InlineData("\"Hallo\", sagte sie. 'Nein', geht's?", "„Hallo“, sagte sie. ‚Nein‘, geht’s?")]
    [InlineData("\"Er sagte: 'Nie wieder.'\" Und ging.", "„Er sagte: ‚Nie wieder.‘“ Und ging.")]
    [InlineData("Der Senat (\"alles gut\") und 'Kiez' (so 'die Stadt').", "Der Senat („alles gut“) und ‚Kiez‘ (so ‚die Stadt‘).")]
    [InlineData("Berlin -- Hamburg --- und dann ... nichts...", "Berlin – Hamburg — und dann … nichts…")]
    [InlineData("Die '90er, Hans' Auto und wie's war.", "Die ’90er, Hans’ Auto und wie’s war.")]
    [InlineData("Seiten 10--12, \"Ja\"-Stimmen", "Seiten 10–12, „Ja“-Stimmen")]
    [InlineData("Das Stück „Moabiter Nächte\" läuft, „heute\" und \"morgen\".", "Das Stück „Moabiter Nächte“ läuft, „heute“ und „morgen“.")]
    [InlineData("Ein „offenes Zitat und 12\" Zoll", "Ein „offenes Zitat und 12“ Zoll")] // a guess, as any reading of it
    [InlineData("Kein Zitat: 12\" Zoll und „fertig“", "Kein Zitat: 12\" Zoll und „fertig“")]
    public void German_articles_get_german_quotes_apostrophes_dashes_and_ellipses(string markdown, string text) =>
        Assert.Equal(text, Text(Parse(markdown)));

    [Theory]
    [InlineData("\"Hello,\" she said. 'No,' it's over.", "“Hello,” she said. ‘No,’ it’s over.")]
    [InlineData("\"She said 'never'.\" Rock 'n' roll in the '90s.", "“She said ‘never’.” Rock ‘n’ roll in the ’90s.")]
    [InlineData("(\"quoted\") -- and --- more...", "(“quoted”) – and — more…")]
    [InlineData("He said---\"no\"---and left. A--\"en\"--b, x---'single'---y.", "He said—“no”—and left. A–“en”–b, x—‘single’—y.")]
    public void English_articles_get_english_quotes(string markdown, string text) =>
        Assert.Equal(text, Text(Parse(markdown, "language: en\n")));

    [Theory]
    [InlineData("de", "„Ja“ ‚nein‘")]
    [InlineData("de-AT", "„Ja“ ‚nein‘")]
    [InlineData("de-CH", "«Ja» ‹nein›")]
    [InlineData("en-GB", "“Ja” ‘nein’")]
    [InlineData("fr", "«\u00A0Ja\u00A0» “nein”")]
    [InlineData("it", "«Ja» “nein”")]
    [InlineData("ru", "«Ja» „nein“")]
    [InlineData("nl", "“Ja” ‘nein’")]
    [InlineData("pl", "„Ja” «nein»")]
    [InlineData("sv", "”Ja” ’nein’")]
    [InlineData("fi", "”Ja” ’nein’")]
    [InlineData("da", "»Ja« ›nein‹")]
    [InlineData("nb", "«Ja» ‘nein’")]
    [InlineData("cs", "„Ja“ ‚nein‘")]
    [InlineData("tlh", "“Ja” ‘nein’")] // a language not known here: English marks
    public void Quotes_follow_the_articles_language(string language, string text) =>
        Assert.Equal(text, Text(Parse("\"Ja\" 'nein'", $"lang: {language}\n")));

    [Fact]
    public void Quotes_next_to_emphasis_and_around_links_are_set_and_the_link_target_is_not()
    {
        var article = Parse("\"*betont*\" und \"[der Link](https://x.example/a--b/it's...)\" -- **'stark'**");
        Assert.Equal("„betont“ und „der Link“ – ‚stark‘", Text(article));
        var inlines = ((Paragraph)article.Body[0]).Inlines;
        Assert.Contains(inlines, i => i is Emphasis { Kind: EmphasisKind.Emphasis } e && InlineText.Plain(e.Content) == "betont");
        Assert.Contains(inlines, i => i is Emphasis { Kind: EmphasisKind.Strong } e && InlineText.Plain(e.Content) == "‚stark‘");
        Assert.Equal(Parse("[x](https://x.example/a--b/it's...)", smart: false).Links[0].Url, Assert.Single(article.Links).Url);
        Assert.Contains("a--b", article.Links[0].Url!.AbsoluteUri);
    }

    [Fact]
    public void Every_block_that_holds_text_is_set()
    {
        var article = Parse("""
            ## "Eins" -- zwei

            - "Punkt" eins
            - it's zwei

            > "Zitat" ... Ende[^1]

            | "A" | 'B' |
            |-----|:---:|
            | x--y | z...|

            [^1]: "Notiz", geht's?
            """);
        Assert.Equal(["„Eins“ – zwei", "„Punkt“ eins", "it’s zwei", "„Zitat“ … Ende", "", "„A“", "‚B‘", "x–y", "z…", "„Notiz“, geht’s?"], Texts(article));
    }

    [Fact]
    public void Code_spans_and_code_blocks_keep_what_was_written()
    {
        var article = Parse("Mit `\"x\" -- 'y' ...` im \"Text\".\n\n```\nprint(\"it's\") -- ...\n'a' --- \"b\"\n```\n\n    \"indented\" -- code...");
        Assert.Equal(["Mit \"x\" -- 'y' ... im „Text“.", "print(\"it's\") -- ...\n'a' --- \"b\"", "\"indented\" -- code..."], Texts(article));
        Assert.Contains(((Paragraph)article.Body[0]).Inlines, i => i is CodeSpan { Text: "\"x\" -- 'y' ..." });
    }

    [Fact]
    public void Bare_addresses_keep_their_characters_as_text_and_as_target()
    {
        var article = Parse("Siehe www.a--b.example/it's und <https://c--d.example/x...y> -- \"fertig\".");
        Assert.Equal("Siehe www.a--b.example/it's und https://c--d.example/x...y – „fertig“.", Text(article));
        Assert.Equal(["https://www.a--b.example/it's", "https://c--d.example/x...y"], article.Links.Select(l => l.Url!.AbsoluteUri));
    }

    [Fact]
    public void Escaped_marks_and_entities_stay_straight()
    {
        Assert.Equal("\"nicht\" 'so' \"auch nicht\" 'nein' -- und –", Text(Parse("\\\"nicht\\\" \\'so\\' &quot;auch nicht&quot; &#39;nein&#39; \\-\\- und --")));
    }

    [Fact]
    public void Paragraphs_with_raw_html_are_set_too_but_not_the_html_attributes()
    {
        var article = Parse("Ein <b>\"starkes\"</b> Wort, geht's -- <a href=\"https://x.example/a--b\" title=\"it's\">da</a>...");
        Assert.Equal("Ein „starkes“ Wort, geht’s – da…", Text(article));
        Assert.Equal("https://x.example/a--b", Assert.Single(article.Links).Url!.AbsoluteUri);
    }

    [Theory]
    [InlineData("de", "Sie sagte <q>Hallo, <q>du</q></q>.", "Sie sagte „Hallo, ‚du‘“.")]
    [InlineData("en", "She said <q>hello, <q>you</q></q>.", "She said “hello, ‘you’”.")]
    public void Html_q_elements_get_the_languages_quotes(string language, string markdown, string text) =>
        Assert.Equal(text, Text(Parse(markdown, $"language: {language}\n")));

    [Fact]
    public void Title_kicker_and_summary_are_set_as_the_body_and_nothing_else_in_a_title_is_markdown()
    {
        var article = Parse("Text.", """
            kicker: Kommentar 'heute'
            summary: 'Es ist *"gut"* -- wirklich...'
            title: 'Der *Stern* "leuchtet" -- auf `x` & <b>'
            """ + "\n");
        Assert.Equal("Der *Stern* „leuchtet“ – auf `x` & <b>", article.Headline);
        Assert.Equal("Kommentar ‚heute‘", article.Kicker);
        Assert.Equal("Kommentar ‚heute‘: Der *Stern* „leuchtet“ – auf `x` & <b>", article.Title);
        Assert.Equal("Es ist „gut“ – wirklich…", article.Teaser);
    }

    [Fact]
    public void Titles_that_start_like_a_block_keep_their_characters()
    {
        Assert.Equal("1. „Platz“ – # 2", Parse("Text.", "kicker: '1. \"Platz\" -- # 2'\n").Kicker);
        Assert.Equal("- „Minus“", Parse("Text.", "kicker: '- \"Minus\"'\n").Kicker);
        Assert.Equal("> „Zitat“", Parse("Text.", "kicker: '> \"Zitat\"'\n").Kicker);
        Assert.Equal("—", Parse("Text.", "summary: '---'\n").Teaser); // read as text, not as a rule
    }

    [Fact]
    public void With_the_site_switch_off_the_text_stays_as_written()
    {
        var article = Parse("\"Hallo\" -- geht's --- so...", "kicker: \"'K' -- x\"\nsummary: '\"S\" -- s...'\n", smart: false);
        Assert.Equal("\"Hallo\" -- geht's --- so...", Text(article));
        Assert.Equal("'K' -- x", article.Kicker);
        Assert.Equal("\"S\" -- s...", article.Teaser);
        Assert.Equal("<q> still quotes: „a“", Text(Parse("&lt;q&gt; still quotes: <q>a</q>", smart: false)));
    }
}
