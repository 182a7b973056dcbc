namespace Publisher.Core.Model;

/// <summary>
/// When an article was published: always a calendar date, sometimes an exact instant.
/// Convention for date-only articles: 00:00 on that date in the site's time zone.
/// </summary>
public readonly record struct PublicationDate(DateOnly Date, DateTimeOffset? Instant = null)
{
    public DateTimeOffset ToInstant(TimeZoneInfo siteZone)
    {
        if (Instant is { } exact) return exact;
        var midnight = Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, siteZone.GetUtcOffset(midnight));
    }
}
