using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Feeds.Model;
using Publisher.Feeds.Writers;

namespace Publisher.Feeds.Planning;

/// <summary>
/// Turns planned feed documents into output jobs: one job per file, each counting its entries' uses in the
/// shared cache and releasing them once written.
/// </summary>
internal sealed class FeedJobs(FeedEntryCache cache, PictureFiles pictures)
{
    public static readonly IReadOnlyList<string> Templates = [FeedEntryCache.EntryTemplate, "shared/article-body.sbn"];

    private static readonly IFeedWriter Atom = new AtomFeedWriter();
    private static readonly IFeedWriter Rss = new RssFeedWriter();
    private static readonly IFeedWriter Json = new JsonFeedWriter();
    private static readonly OpmlWriter Opml = new();

    private readonly List<OutputJob> _jobs = [];

    public IReadOnlyList<OutputJob> All => _jobs;

    /// <summary>The Atom, RSS and JSON Feed files of one subscription feed.</summary>
    /// <param name="dependsOn">The entries, and an article that stands for the archive the Atom file links to.</param>
    public void AddAllFormats(OutputPath atom, OutputPath rss, OutputPath json, IReadOnlyList<Article> entries, IReadOnlyList<Article> dependsOn,
        Func<FeedDocument> document)
    {
        Add(atom, Atom, entries, dependsOn, document);
        Add(rss, Rss, entries, entries, document);
        Add(json, Json, entries, entries, document);
    }

    public void AddAtom(OutputPath path, IReadOnlyList<Article> entries, IReadOnlyList<Article> dependsOn, Func<FeedDocument> document) =>
        Add(path, Atom, entries, dependsOn, document);

    /// <summary>The feed list: it names every tag feed, so it depends on which tags exist and what they are called.</summary>
    /// <param name="dependsOn">An article of each tag: its tags' names and slugs stand for the tag in the fingerprint.</param>
    public void AddOpml(OutputPath path, IReadOnlyList<Article> dependsOn, Func<string> title, Func<IReadOnlyList<FeedOutline>> feeds) =>
        _jobs.Add(new OutputJob(path, dependsOn, [], stream => Opml.Write(title(), feeds(), stream)));

    /// <param name="entries">The articles written into the file.</param>
    /// <param name="dependsOn">What the file's fingerprint covers: the entries, plus whatever else decides its bytes.</param>
    private void Add(OutputPath path, IFeedWriter writer, IReadOnlyList<Article> entries, IReadOnlyList<Article> dependsOn, Func<FeedDocument> document)
    {
        cache.PlanUses(entries);
        _jobs.Add(new OutputJob(path, dependsOn, Templates, stream =>
        {
            try
            {
                writer.Write(document(), stream);
            }
            finally
            {
                cache.Release(entries);
            }
        }) { Pictures = pictures.Of(entries) });
    }

    /// <summary>A picture file the entries show, published beside the feeds; its name is its bytes' hash, so it depends on nothing else.</summary>
    public void AddPicture(PictureFile file) =>
        _jobs.Add(new OutputJob(FeedLocations.Picture(file), [], [], stream => stream.Write(file.Bytes.Span)) { Pictures = [file] });
}
