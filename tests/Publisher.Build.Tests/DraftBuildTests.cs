namespace Publisher.Build.Tests;

/// <summary>A draft is in no output, and turning <c>draft: true</c> on or off adds its outputs or removes them again.</summary>
public class DraftBuildTests
{
    private const string Draft = "---\ntitle: Entwurf\ndate: 2026-05-12\ntags: [Entwurfsthema]\nid: entwurf\ndraft: {0}\n---\nNoch nicht fertig.\n";

    [Fact]
    public void A_draft_is_in_no_output_until_it_is_no_draft()
    {
        var run = new PublisherRun("basic");
        var path = Path.Combine(run.Content, "entwurf.md");
        File.WriteAllText(path, string.Format(Draft, "true"));
        var drafted = run.Build();
        Assert.DoesNotContain(drafted.Diagnostics, d => d.File == "entwurf.md");
        Assert.Equal(2, drafted.Articles);
        var withDraft = run.Snapshot();
        AssertNoTraceOfTheDraft(withDraft);

        File.WriteAllText(path, string.Format(Draft, "false"));
        var published = run.Build();
        Assert.Equal(3, published.Articles);
        Assert.Contains("epub/2026-W20.epub", run.Snapshot().Keys);
        Assert.Contains("feeds/tags/entwurfsthema.atom.xml", run.Snapshot().Keys);
        Assert.Contains("entwurf", File.ReadAllText(Path.Combine(run.Output, "feeds", "atom.xml")));

        File.WriteAllText(path, string.Format(Draft, "true"));
        run.Build();
        AssertNoTraceOfTheDraft(run.Snapshot());
        Assert.Equal(withDraft.Keys.Where(k => !k.StartsWith(".publisher/", StringComparison.Ordinal)).Order(),
            run.Snapshot().Keys.Where(k => !k.StartsWith(".publisher/", StringComparison.Ordinal)).Order());
    }

    private static void AssertNoTraceOfTheDraft(IReadOnlyDictionary<string, byte[]> outputs)
    {
        Assert.DoesNotContain(outputs.Keys, k => k.Contains("2026-W20", StringComparison.Ordinal) || k.Contains("entwurf", StringComparison.Ordinal));
        foreach (var (path, bytes) in outputs.Where(o => o.Key.EndsWith(".xml", StringComparison.Ordinal) || o.Key.EndsWith(".json", StringComparison.Ordinal)))
            Assert.DoesNotContain("Entwurf", System.Text.Encoding.UTF8.GetString(bytes));
    }
}
