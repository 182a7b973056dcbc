namespace Publisher.Core.Model;

/// <summary>Site-wide settings, read from <c>site.yml</c> in the content folder.</summary>
public sealed record Site
{
    public string Title { get; init; } = "Publisher";

    /// <summary>The line of site.yml the title is written on, 0 without one (for what is reported of it; in no output).</summary>
    public int TitleLine { get; init; }

    public string? Description { get; init; }

    /// <summary>Absolute base URL with a trailing slash; article pages live under <c>{base}articles/{slug}.html</c>.</summary>
    public Uri BaseUrl { get; init; } = new("https://example.invalid/");

    private readonly SiteAuthor? _author;

    /// <summary>
    /// Who the outputs name as their author (a book's creator, a feed's author, the PDF's): site.yml's <c>author</c>,
    /// else the site by its own title (with the email written, if only that was), never the tool's name.
    /// </summary>
    public SiteAuthor Author { get => _author is { Name.Length: > 0 } ? _author : new(Title, _author?.Email); init => _author = value; }

    public string Language { get; init; } = "de";

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>How many entries the subscription feeds carry.</summary>
    public int FeedEntries { get; init; } = 50;

    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>
    /// Whether Markdown articles get typographic punctuation in their language, as Hugo, Jekyll and pandoc set it:
    /// <c>"…"</c> as „…“ or “…”, <c>it's</c> as it’s, <c>--</c> and <c>---</c> as – and —, <c>...</c> as …
    /// (<c>smart_punctuation</c>; default true). taz dumps are typeset already.
    /// </summary>
    public bool SmartPunctuation { get; init; } = true;
}

public sealed record SiteAuthor(string Name, string? Email);

public enum PageSize { A4, A5, Letter }
