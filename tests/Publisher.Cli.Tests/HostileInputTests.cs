using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Cli.Tests;

/// <summary>
/// Input the robustness review found crashing the build or losing text: every such file is a located diagnostic,
/// the others are built, and the exit code is 1 (errors), never 70 (a bug).
/// </summary>
public class HostileInputTests
{
    [Fact]
    public void Bad_files_are_located_diagnostics_and_the_rest_builds()
    {
        const string head = "---\ntitle: T\ndate: 2026-11-10\n---\n";
        var deep = "berlin/verkehr/oeffentlicher-nahverkehr/strassenbahn/2026/november/tram-nach-tegel-wird-spaeter-fertig-teil-";
        var content = CliHarness.ContentFolder(
            ("site.yml", CliHarness.SiteYml + "time_zone: Europe/Berlin\n"),
            ("good.md", CliHarness.Markdown("good")),
            ("old.md", "---\ntitle: Alt\ndate: 0001-01-01\n---\nText.\n"),
            ("far.md", "---\ntitle: Fern\ndate: 9999-12-31\n---\nText.\n"),
            ("old.txt", "| # taz.de -- Probe: Alt | |\n| Ein Absatz. | |\n| 1 Jan 0001 | |"),
            ("far.txt", "| # taz.de -- Probe: Fern | |\n| Ein Absatz. | |\n| 31 Dec 9999 | |"),
            ("quotes.md", head + new string('>', 300) + " tief\n"),
            ("lists.md", head + string.Join("\n", Enumerable.Range(0, 120).Select(l => new string(' ', 2 * l) + "- P" + l)) + "\n"),
            ("quotes60.md", head + new string('>', 60) + " tief\n"),
            (deep + "1.md", head + "Eins.\n"),
            (deep + "2.md", head + "Zwei.\n"),
            ("nulls.md", "---\ntitle: T\ndate: 2026-11-10\nsummary: null\nkicker: ~\nauthors: ~\ntags: ~\n---\nText.\n"),
            ("listed.md", "---\ntitle: T\ndate: 2026-11-10\nkicker: [k1, k2]\n---\nText.\n"));
        File.WriteAllBytes(Path.Combine(content, "utf16.md"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(head.Replace("title: T", "title: Grüße") + "Text.\n")]);
        File.WriteAllBytes(Path.Combine(content, "latin1.md"), CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(head + "Grüße.\n"));
        var output = Path.Combine(content, "..", Path.GetRandomFileName());

        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "json,feeds,epub");

        Assert.True(exit == 1, $"exit {exit}\n{stderr}");
        Assert.DoesNotContain("internal error", stderr);
        Assert.Contains($"{content}/old.md:3: error: date '0001-01-01' is out of range", stderr);
        Assert.Contains($"{content}/far.md:3: error: date '9999-12-31' is out of range", stderr);
        Assert.Contains($"{content}/old.txt:3: error: date '1 Jan 0001' is out of range", stderr);
        Assert.Contains($"{content}/far.txt:3: error: date '31 Dec 9999' is out of range", stderr);
        Assert.Contains($"{content}/quotes.md:5: error: nested more than 128 levels deep", stderr);
        Assert.Matches($@"{Regex.Escape(content)}/lists\.md:\d+: error: nested more than 128 levels deep", stderr);
        Assert.Contains($"{content}/quotes60.md:5: warning: block quotes and lists nested more than 32 levels deep", stderr);
        Assert.Contains($"{content}/latin1.md:5: warning: not valid UTF-8; read as Windows-1252 (Latin-1)", stderr);
        Assert.Contains($"{content}/listed.md:4: error: front matter field 'kicker' must be a text, not a list", stderr);
        Assert.DoesNotContain("duplicate article id", stderr);
        Assert.Contains("7 articles", stdout); // good, quotes60, teil-1, teil-2, nulls, utf16, latin1 (listed.md has an error)

        var json = File.ReadAllText(Path.Combine(output, "articles.json"));
        Assert.Contains("\"Grüße\"", json);
        Assert.Contains("Grüße.", json);
        Assert.DoesNotContain("\uFFFD", json);
        Assert.DoesNotContain("\"~\"", json);
        Assert.DoesNotContain("\"null\"", json);
    }
}
