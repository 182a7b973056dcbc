using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>
/// Every book the tests validate, built once: from the bundled samples, a generated corpus, hostile content and articles
/// showing pictures;
/// epubcheck runs once over all of them (batched, so the JVM starts twice, not once per book).
/// </summary>
public sealed class CheckedBooks : IDisposable
{
    public CheckedBooks()
    {
        Root = Directory.CreateTempSubdirectory("epub-books-").FullName;
        SampleCorpus = Corpora.Samples();
        GeneratedCorpus = Corpora.Generated(count: 90, weeks: 5);
        (HostileCorpus, HostileDiagnostics) = Corpora.FromFolder(HostileContent.Write());
        Samples = BookFiles.WriteAll(SampleCorpus, Path.Combine(Root, "samples"));
        Generated = BookFiles.WriteAll(GeneratedCorpus, Path.Combine(Root, "generated"));
        Hostile = BookFiles.WriteAll(HostileCorpus, Path.Combine(Root, "hostile"));
        PictureCorpus = Support.PictureCorpus.Create();
        Pictured = BookFiles.WriteAll(PictureCorpus, Path.Combine(Root, "pictures"));
        Results = Environment.GetEnvironmentVariable("EPUB_TEST_NOCHECK") is null ? EpubCheck.Run([.. Samples, .. Generated, .. Hostile, .. Pictured]) : new Dictionary<string, EpubCheck.Result>();
    }

    public string Root { get; }
    public Corpus SampleCorpus { get; }
    public Corpus GeneratedCorpus { get; }
    public Corpus HostileCorpus { get; }
    public Corpus PictureCorpus { get; }
    public DiagnosticBag HostileDiagnostics { get; }
    public IReadOnlyList<string> Samples { get; }
    public IReadOnlyList<string> Generated { get; }
    public IReadOnlyList<string> Hostile { get; }
    public IReadOnlyList<string> Pictured { get; }
    public IReadOnlyDictionary<string, EpubCheck.Result> Results { get; }

    /// <summary>Set EPUB_TEST_KEEP=1 to keep the books for a look.</summary>
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("EPUB_TEST_KEEP") is null) Directory.Delete(Root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class CheckedBooksCollection : ICollectionFixture<CheckedBooks>
{
    public const string Name = "checked books";
}
