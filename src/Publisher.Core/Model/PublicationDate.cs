using System.Globalization;

namespace Publisher.Core.Model;

/// <summary>
/// When an article was published: always a calendar date, sometimes an exact instant.
/// Convention for date-only articles: 00:00 on that date in the site's time zone.
/// </summary>
public readonly record struct PublicationDate(DateOnly Date, DateTimeOffset? Instant = null)
{
    /// <summary>
    /// The first date an article may carry. Years before 1000 are no publication dates, and near year 1 a shift into
    /// a time zone west of UTC, or the ISO week of 1 January, falls before the first day .NET can represent.
    /// </summary>
    public static readonly DateOnly Earliest = new(1000, 1, 1);

    /// <summary>
    /// The last date an article may carry: far enough from 31 Dec 9999 that the next ISO week (archive links), a shift
    /// into a time zone east of UTC and every other step a build takes from a date stay representable.
    /// </summary>
    public static readonly DateOnly Latest = new(9000, 12, 31);

    /// <summary>Whether <paramref name="date"/> lies in <see cref="Earliest"/>…<see cref="Latest"/>.</summary>
    public static bool IsSupported(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>The supported range as a reader is told it: <c>1000-01-01 to 9000-12-31</c>.</summary>
    public static string SupportedRange { get; } =
        string.Create(CultureInfo.InvariantCulture, $"{Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}");

    public DateTimeOffset ToInstant(TimeZoneInfo siteZone)
    {
        if (Instant is { } exact) return exact;
        var midnight = Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, LocalTimes.Offset(siteZone, midnight));
    }
}
