using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

[Collection(CheckedBooksCollection.Name)]
public class EpubcheckTests(CheckedBooks books)
{
    [Fact]
    public void Every_sample_book_passes_epubcheck_without_errors_or_warnings() => AssertClean(books.Samples, expectedAtLeast: 4);

    [Fact]
    public void Every_generated_book_passes_epubcheck_without_errors_or_warnings() => AssertClean(books.Generated, expectedAtLeast: 6);

    [Fact]
    public void Books_from_hostile_content_pass_epubcheck_without_errors_or_warnings() => AssertClean(books.Hostile, expectedAtLeast: 2);

    [Fact]
    public void Books_with_pictures_pass_epubcheck_without_errors_or_warnings() => AssertClean(books.Pictured, expectedAtLeast: 3);

    [Fact]
    public void Hostile_content_gives_diagnostics_not_exceptions()
    {
        var messages = books.HostileDiagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("notes.docx: warning:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("empty.md", StringComparison.Ordinal));
        Assert.Contains(books.HostileCorpus.Articles, a => a.Body.Length >= 5000);
        Assert.Contains(books.HostileCorpus.Articles, a => a.Body.IsEmpty);
    }

    [Fact]
    public void Hostile_tags_become_safe_file_names()
    {
        foreach (var file in books.Hostile)
        {
            var relative = Path.GetRelativePath(Path.Combine(books.Root, "hostile"), file);
            Assert.Matches(@"^epub/(tags/)?[A-Za-z0-9-]+\.epub$", relative.Replace('\\', '/'));
        }
        Assert.Contains(books.Hostile, f => f.EndsWith("/tags/x.epub", StringComparison.Ordinal));
        Assert.Contains(books.Hostile, f => f.EndsWith("/tags/script-alert-1-script.epub", StringComparison.Ordinal));
    }

    private void AssertClean(IReadOnlyList<string> files, int expectedAtLeast)
    {
        Assert.True(files.Count >= expectedAtLeast, $"only {files.Count} books were built");
        var failures = files.Select(f => books.Results.TryGetValue(f, out var r) ? r : new EpubCheck.Result(f, -1, -1, "not checked"))
            .Where(r => r.Errors != 0 || r.Warnings != 0).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
