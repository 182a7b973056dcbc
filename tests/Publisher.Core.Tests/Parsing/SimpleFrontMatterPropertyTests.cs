using CsCheck;
using Publisher.Core.Diagnostics;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;

namespace Publisher.Core.Tests.Parsing;

/// <summary>
/// Front matter in the plain form is read without YamlDotNet; whatever that reading accepts must be read the same by
/// YamlDotNet (keys, lines, values, lists), and the form articles are written in must be accepted.
/// </summary>
public sealed class SimpleFrontMatterPropertyTests
{
    private static readonly Gen<string> Word = Gen.Frequency(
        (4, Gen.OneOf("Berlin", "2026-11-22", "2026-11-22T23:30:00+01:00", "Mieten & Wohnen", "Berlin’s plan", "12.000", "a", "ä",
            "null", "~", "true", " ", "„Zitat“", "(dpa)", "x:y", "a#b", "[x]", "a, b", "- z", "'", "\"", "\u00A0")),
        (1, Gen.OneOf("x: y", "x:y", "x:", "#", " # c", "a#b", "[x]", "{y}", "a, b", "-", "- z", "?", "!t", "&a", "*a",
            "|", ">", "%", "@", "`", "'", "''", "\"", "\\", "\\n", " ", "  ", "\t", "\u00A0", "\u0085", "\u2028", "\uFEFF", "\uFFFE",
            "😀", "\u0001", "\u0080", "„Zitat“", "(dpa)", "\u0301")));

    private static readonly Gen<string> Scalar =
        Gen.OneOf(
            Word.Array[1, 4].Select(string.Concat),
            Word.Array[0, 4].Select(w => "\"" + string.Concat(w) + "\""),
            Word.Array[0, 4].Select(w => "'" + string.Concat(w) + "'"),
            Word.Array[0, 2].Select(w => "\"" + string.Concat(w) + "\" " + string.Concat(w)));

    private static readonly Gen<string> Key = Gen.Frequency(
        (8, Gen.OneOf("title", "date", "tags", "Title", "author_role", "x-y", "_k", "id")),
        (1, Gen.OneOf("1a", "-k", "a b", "\"id\"", "k ")));

    private static readonly Gen<string> Entry =
        Gen.Frequency(
            (5, Gen.Select(Key, Gen.OneOf(Gen.Const(":"), Gen.Const(": "), Gen.Const(":  "), Gen.Const(":\t")), Scalar, (k, c, v) => k + c + v)),
            (3, Gen.Select(Key, Gen.OneOf("", " ", "  ", "    "), Scalar.Array[0, 3], Gen.OneOf("", " "),
                (k, indent, items, tail) => k + ":" + tail + string.Concat(items.Select(i => "\n" + indent + "- " + i)))),
            (1, Gen.OneOf("", " ", "# note", "  - stray", "  more text", "---")));

    [Fact]
    public void What_the_plain_reading_accepts_YamlDotNet_reads_the_same()
    {
        var accepted = 0;
        Entry.Array[1, 5].Select(entries => string.Join('\n', entries)).Sample(yaml =>
        {
            var simple = SimpleFrontMatter.TryRead(yaml);
            if (simple is null) return;
            Interlocked.Increment(ref accepted);
            var context = new ParseContext("post.md", new DiagnosticBag(), "de", TimeZoneInfo.Utc, new Uri("https://example.org/"));
            var full = FrontMatterReader.ParseWithYamlDotNet(yaml, context);
            Assert.Empty(context.Diagnostics.Sorted());
            Assert.NotNull(full);
            Assert.Equal(Describe(full), Describe(simple));
        }, iter: 50000);
        Assert.True(accepted > 2000, $"only {accepted} texts were in the plain form");
    }

    [Fact]
    public void Any_text_is_read_or_reported_on_one_of_its_lines_and_nothing_throws()
    {
        // The messages for YAML mistakes look at the lines YamlDotNet names: whatever it names, they stay inside the text.
        Entry.Array[1, 6].Select(entries => string.Join('\n', entries)).Sample(yaml =>
        {
            var context = new ParseContext("post.md", new DiagnosticBag(), "de", TimeZoneInfo.Utc, new Uri("https://example.org/"));
            var fields = FrontMatterReader.ParseWithYamlDotNet(yaml, context);
            var errors = context.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
            if (fields is null) Assert.NotEmpty(errors);
            // YamlDotNet counts lines as YAML 1.1 does: U+0085, U+2028 and U+2029 break them too.
            var lines = yaml.Split(['\n', '\u0085', '\u2028', '\u2029']).Length;
            Assert.All(context.Diagnostics.Sorted(), d => Assert.InRange(d.Line, 2, lines + 1));
        }, iter: 20000);
    }

    [Fact]
    public void Reads_the_form_articles_are_written_in()
    {
        const string yaml = "id: \"s1000913\"\ntitle: \"More money for the clubs\"\ndate: 2024-06-18\nlanguage: en\n" +
            "summary: \"„This was a good day for the town“, explains Tilda Kavuk.\"\nauthors:\n  - \"Teo Mireo\"\ntags:\n  - Ost-West\n  - \"Archiv\"\n" +
            "kicker: Mieten & Wohnen";
        var fields = SimpleFrontMatter.TryRead(yaml);
        Assert.NotNull(fields);
        Assert.Equal("„This was a good day for the town“, explains Tilda Kavuk.", fields["summary"].Scalar);
        Assert.Equal(["Ost-West", "Archiv"], fields["tags"].Items.ToArray());
        Assert.Equal(9, fields["tags"].Line);
        Assert.Equal("Mieten & Wohnen", fields["kicker"].Scalar);
    }

    private static string Describe(IReadOnlyDictionary<string, FrontMatterValue> fields) =>
        string.Join(" | ", fields.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}={f.Value.Key}@{f.Value.Line}:{f.Value.Scalar ?? "<list>"}[{string.Join(",", f.Value.Items)}]"));
}
