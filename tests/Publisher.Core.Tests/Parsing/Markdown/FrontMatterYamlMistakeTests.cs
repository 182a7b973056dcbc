namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>The YAML mistakes people make in front matter get a message on the right line that says what to write instead.</summary>
public class FrontMatterYamlMistakeTests
{
    [Theory]
    [InlineData("title: Unquoted: a colon", "post.md:2:16: error: a value containing ': ' must be quoted: title: \"Unquoted: a colon\"")]
    [InlineData("title: T\nsummary: Why: \"quotes\" inside", "post.md:3:13: error: a value containing ': ' must be quoted: summary: 'Why: \"quotes\" inside'")]
    [InlineData("title: T\nkicker: Achtung:", "post.md:3:16: error: a value containing ':' at its end must be quoted: kicker: \"Achtung:\"")]
    [InlineData("title: T\n\tdate: 2026-11-10", "post.md:3:1: error: a tab indents this line: YAML indents with spaces only")]
    [InlineData("title: T\ntags:\n\t- a", "post.md:4:1: error: a tab indents this line: YAML indents with spaces only")]
    [InlineData("title: \"unclosed\ndate: 2026-11-10", "post.md:2:8: error: the \" that opens this value is never closed: end the value with \" on its line: title: \"unclosed\"")]
    [InlineData("date: 2026-11-10\ntitle: 'unclosed", "post.md:3:8: error: the ' that opens this value is never closed: end the value with ' on its line: title: 'unclosed'")]
    [InlineData("title: \"Say \"hi\"\"", "post.md:2:14: error: text goes on after the closing \": quote the whole value: title: 'Say \"hi\"'")]
    [InlineData("title: T\nauthor_role: \"*aa#b\" *aa#b\nkicker: x", "post.md:3:22: error: text goes on after the closing \": quote the whole value: author_role: '\"*aa#b\" *aa#b'")]
    [InlineData("title: 'It's'", "post.md:2:12: error: text goes on after the closing ': quote the whole value: title: \"It's\"")]
    [InlineData("title: \"a\\qb\"", "post.md:2:10: error: '\\q' is no escape in a \"…\" value: write '\\\\' for a backslash, or quote with '…', in which '\\' is a plain character")]
    [InlineData("title: [Eil] Meldung\ndate: x", "post.md:2:8: error: a value starting with '[' must be quoted: title: \"[Eil] Meldung\"")]
    [InlineData("title: *Eil* heute", "post.md:2:8: error: a value starting with '*' must be quoted: title: \"*Eil* heute\"")]
    [InlineData("title: !Achtung! Neu", "post.md:2:8: error: a value starting with '!' must be quoted: title: \"!Achtung! Neu\"")]
    [InlineData("title: @home", "post.md:2:8: error: a value starting with '@' must be quoted: title: \"@home\"")]
    [InlineData("title: `code`", "post.md:2:8: error: a value starting with '`' must be quoted: title: \"`code`\"")]
    [InlineData("title: > Zitat", "post.md:2:8: error: a value starting with '>' must be quoted: title: \"> Zitat\"")]
    [InlineData("title: - Punkt", "post.md:2:8: error: a value starting with '-' must be quoted: title: \"- Punkt\"")]
    [InlineData("title: [unclosed\ndate: 2026-11-10", "post.md:2:8: error: the '[' that starts this value is never closed: end a list with ']' (title: [a, b]), or quote a text: title: \"[unclosed\"")]
    [InlineData("title: T\ntags: [a, b\ndate: 2026-11-10", "post.md:3:7: error: the '[' that starts this value is never closed: end a list with ']' (tags: [a, b]), or quote a text: tags: \"[a, b\"")]
    [InlineData("title: T\ndate: 2026-11-10\n  bad: indent", "post.md:4:3: error: 'bad:' is indented: a field starts at the left edge (if this line goes on the value above, quote that value: it holds ': ')")]
    [InlineData("title:T\ndate: 2026-11-10", "post.md:2:6: error: a field is 'key: value', with a space after the colon: title: T")]
    [InlineData("title:T", "post.md:2:6: error: a field is 'key: value', with a space after the colon: title: T")]
    [InlineData("title: T\ndate: 2026-11-10\nThe body begins here, too soon.", "post.md:4: error: 'The body begins here, too soon.' is not a 'key: value' line: if the front matter ends above it, close it with a line '---'")]
    [InlineData("title: T\ndate: 2026-11-10\n- Berlin", "post.md:4:1: error: a list item belongs under a field with nothing after its colon (tags: on a line of its own, then '  - item' lines)")]
    [InlineData("title: T\ndate: 2026-11-10\ntitle: U", "post.md:4: error: front matter field 'title' is given twice")]
    public void A_common_mistake_says_what_to_write(string yaml, string expected)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\n{yaml}\n---\nText."));
        Assert.Equal([expected], harness.Messages);
    }

    [Theory]
    [InlineData("---\ntitle: T\ndate: 2026-11-10\nThe body, with no line between.", "post.md:1: error: front matter opened with '---' is never closed: end it with a line '---' after its last field, line 3")]
    [InlineData("---\ntitle: T\ndate: 2026-11-10\ntags:\n  - a\n\nText.\n", "post.md:1: error: front matter opened with '---' is never closed: end it with a line '---' after its last field, line 5")]
    [InlineData("---\ntitle: T\ndate: 2026-11-10\n", "post.md:1: error: front matter opened with '---' is never closed: end it with a line '---' after its last field")]
    public void Front_matter_never_closed_says_where_to_close_it(string text, string expected)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse(text));
        Assert.Equal([expected], harness.Messages);
    }

    [Theory]
    [InlineData("title: !Achtung Neu", "Neu", "post.md:2:8: warning: '!Achtung' before the value of 'title' is YAML (an anchor or a tag), not text, and is left out: quote the value to keep it")]
    [InlineData("title: &Co Meldung", "Meldung", "post.md:2:8: warning: '&Co' before the value of 'title' is YAML (an anchor or a tag), not text, and is left out: quote the value to keep it")]
    [InlineData("title: !!str 42", "42", null)]
    public void YAML_marks_before_a_text_that_are_left_out_are_warned_about(string field, string title, string? expected)
    {
        var harness = new MarkdownHarness();
        Assert.Equal(title, harness.Parse($"---\n{field}\ndate: 2026-11-10\n---\nx")!.Headline);
        Assert.Equal(expected is null ? [] : [expected], harness.Messages);
    }

    [Fact]
    public void Valid_yaml_that_looks_like_a_mistake_is_read_as_written()
    {
        var harness = new MarkdownHarness { SmartPunctuation = false }; // it's, not it’s
        var article = harness.Parse("---\ntitle: \"Quoted: a colon\"\ndate:\t2026-11-10\nsummary: 'It''s: fine'\nkicker: a:b\n---\nx")!;
        Assert.Empty(harness.Messages);
        Assert.Equal("Quoted: a colon", article.Headline);
        Assert.Equal("It's: fine", article.Teaser);
        Assert.Equal("a:b", article.Kicker);
    }
}
