using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Feeds.Model;
using Publisher.Templating;
using Publisher.Templating.Views;

namespace Publisher.Feeds.Planning;

/// <summary>
/// Renders each article's entry once per planned run and shares it between the site, tag and archive feeds
/// of all three formats. Thread-safe. An entry is dropped after its last planned use, so a large corpus does
/// not keep every rendered article in memory; a later, unplanned use renders it again (same bytes).
/// </summary>
internal sealed class FeedEntryCache
{
    public const string EntryTemplate = "feed/entry.sbn";

    private readonly Corpus _corpus;
    private readonly TemplateRenderer _renderer;
    private readonly ArticleViews _views;
    private readonly SiteView _siteView;
    private readonly Site _urls;
    private readonly Uri _tagScheme;
    private readonly ConcurrentDictionary<Tag, FeedCategory> _categories = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Article, Lazy<FeedEntry>> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Article, StrongBox<int>> _remainingUses = new(ReferenceEqualityComparer.Instance);

    public FeedEntryCache(Corpus corpus, TemplateRenderer renderer)
    {
        _corpus = corpus;
        _renderer = renderer;
        _urls = AsciiUrls.Of(corpus.Site);
        _views = new ArticleViews(corpus, notes: NoteLinks.None, pictures: LinkOf);
        _siteView = SiteView.From(corpus.Site);
        _tagScheme = _urls.TagScheme();
    }

    /// <summary>
    /// A picture's address: a file of the content folder where the feeds publish it (<see cref="FeedLocations.Picture"/>),
    /// a remote picture as written (in its ASCII form, as links are). A picture whose file the build could not use has none.
    /// </summary>
    private PictureLink? LinkOf(Picture picture)
    {
        if (picture.IsRemote) return new PictureLink(AsciiUrls.Of(picture.Source), 0, 0);
        return PictureLink.ToFile(_corpus.Pictures, picture, file => FeedLocations.Url(_urls, FeedLocations.Picture(file)).AbsoluteUri);
    }

    /// <summary>Counts one planned use of each article; call while planning, before any job runs.</summary>
    public void PlanUses(IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            if (_remainingUses.TryGetValue(article, out var count)) count.Value++;
            else _remainingUses[article] = new StrongBox<int>(1);
        }
    }

    public FeedEntry Get(Article article) =>
        _entries.GetOrAdd(article, a => new Lazy<FeedEntry>(() => Create(a))).Value;

    /// <summary>Marks one use of each article as done; entries without remaining uses are dropped.</summary>
    public void Release(IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            if (_remainingUses.TryGetValue(article, out var count) && Interlocked.Decrement(ref count.Value) > 0) continue;
            _entries.TryRemove(article, out _);
        }
    }

    private FeedEntry Create(Article article)
    {
        var site = _corpus.Site;
        var body = article.Body; // read once: each read decodes it
        var html = _renderer.Render(EntryTemplate, new Dictionary<string, object?>
        {
            ["article"] = _views.Create(article, body, article.Links),
            ["site"] = _siteView,
        }, static text => FeedText.CleanTrimmed(text));
        return new FeedEntry
        {
            Id = FeedIds.Entry(site, article),
            Title = FeedText.CleanOrNull(article.Title) ?? FeedText.CleanOrNull(article.Headline) ?? article.Id.ToString(),
            Url = _urls.Article(article.Slug),
            Published = article.Published.ToInstant(site.TimeZone),
            Updated = article.LastModified(site.TimeZone),
            Authors = Authors(article, site),
            Categories = [.. _corpus.TagsOf(article).Select(tag => _categories.GetOrAdd(tag, static (t, scheme) => new FeedCategory(FeedText.Clean(t.Name), scheme), _tagScheme))],
            Summary = FeedText.CleanOrNull(article.Teaser),
            Excerpt = FeedExcerpt.Of(body),
            ContentHtml = html,
            Image = Pictures.In(body).Select(LinkOf).FirstOrDefault(link => link is not null)?.Src,
            Language = FeedText.Language(article.Language, site.Language),
        };
    }

    private static IReadOnlyList<FeedPerson> Authors(Article article, Site site)
    {
        var named = article.Authors.Select(FeedText.CleanOrNull).OfType<string>().Select(name => new FeedPerson(name, null)).ToArray();
        return named.Length > 0 ? named : [FeedDocuments.SiteAuthor(site)];
    }
}
