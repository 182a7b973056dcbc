using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

public class ReproducibilityTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        var first = Build();
        var second = Build();
        Assert.Equal(first.Keys, second.Keys);
        Assert.True(first.Count >= 6);
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between builds");
    }

    [Fact]
    public void A_changed_article_changes_only_the_books_that_hold_it()
    {
        var corpus = Corpora.Generated(count: 30, weeks: 3);
        var articles = corpus.Articles.ToList();
        var changed = articles[^1] with { Headline = articles[^1].Headline + " (geändert)" };
        articles[^1] = changed;
        var before = Write(corpus);
        var after = Write(Publisher.Core.Grouping.Corpus.Create(corpus.Site, articles));
        var differing = before.Keys.Where(k => !before[k].AsSpan().SequenceEqual(after[k])).ToList();
        Assert.Contains($"epub/{changed.Week}.epub", differing);
        Assert.All(differing, path => Assert.True(path == $"epub/{changed.Week}.epub" || changed.Tags.Any(t => path == $"epub/tags/{corpus.TagNamed(t).Slug}.epub"), path));
    }

    private static Dictionary<string, byte[]> Build() => Write(Corpora.Generated(count: 40, weeks: 3));

    private static Dictionary<string, byte[]> Write(Publisher.Core.Grouping.Corpus corpus)
    {
        var jobs = new EpubFormat(BookFiles.Renderer()).Plan(corpus, new Publisher.Core.Diagnostics.DiagnosticBag());
        return jobs.ToDictionary(j => j.Path.Value, j =>
        {
            using var stream = new MemoryStream();
            j.Write(stream);
            return stream.ToArray();
        });
    }
}
