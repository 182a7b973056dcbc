namespace Publisher.Core.Model;

/// <summary>Site-wide settings, read from <c>site.yml</c> in the content folder.</summary>
public sealed record Site
{
    public string Title { get; init; } = "Publisher";

    public string? Description { get; init; }

    /// <summary>Absolute base URL with a trailing slash; article pages live under <c>{base}articles/{slug}.html</c>.</summary>
    public Uri BaseUrl { get; init; } = new("https://example.invalid/");

    public SiteAuthor Author { get; init; } = new("Publisher", null);

    public string Language { get; init; } = "de";

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>How many entries the subscription feeds carry.</summary>
    public int FeedEntries { get; init; } = 50;

    public PageSize PageSize { get; init; } = PageSize.A4;
}

public sealed record SiteAuthor(string Name, string? Email);

public enum PageSize { A4, A5, Letter }
