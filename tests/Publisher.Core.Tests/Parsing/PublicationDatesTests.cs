using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

/// <summary>
/// A time written with an offset is that instant, whichever way the offset is written and whatever the zones of the site
/// and of the machine that builds: <c>+0100</c> (Jekyll's <c>2026-03-02 10:00:00 +0100</c>) as <c>+01:00</c>.
/// </summary>
public class PublicationDatesTests
{
    [Theory]
    [InlineData("2027-01-01T00:30:00+0100", "Europe/Berlin", "2027-01-01", "2026-12-31T23:30:00Z", 60)]
    [InlineData("2027-01-01T00:30:00+01:00", "Europe/Berlin", "2027-01-01", "2026-12-31T23:30:00Z", 60)]
    [InlineData("2026-03-02 10:00:00 +0100", "America/New_York", "2026-03-02", "2026-03-02T09:00:00Z", 60)]
    [InlineData("2026-03-02 10:00:00 +01:00", "Asia/Tokyo", "2026-03-02", "2026-03-02T09:00:00Z", 60)]
    [InlineData("2026-06-01T12:00:00-0500", "UTC", "2026-06-01", "2026-06-01T17:00:00Z", -300)]
    [InlineData("2026-06-01T23:30-0500", "Asia/Tokyo", "2026-06-01", "2026-06-02T04:30:00Z", -300)]
    [InlineData("2026-06-01T12:00:00Z", "Europe/Berlin", "2026-06-01", "2026-06-01T12:00:00Z", 0)]
    [InlineData("2026-06-01T12:00:00", "Europe/Berlin", "2026-06-01", "2026-06-01T10:00:00Z", 120)]
    [InlineData("2026-06-01 12:00", "America/New_York", "2026-06-01", "2026-06-01T16:00:00Z", -240)]
    public void A_time_is_the_instant_written_and_its_date_the_day_written(string written, string zone, string day, string utc, int offsetMinutes)
    {
        var date = PublicationDates.Parse(written, TimeZoneInfo.FindSystemTimeZoneById(zone))!.Value;

        Assert.Equal(DateOnly.Parse(day), date.Date);
        Assert.Equal(DateTimeOffset.Parse(utc), date.Instant);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), date.Instant!.Value.Offset);
    }

    [Theory]
    [InlineData("2026-10-25T02:30", "Europe/Berlin", "2026-10-25T00:30:00Z")] // shown twice: the first, still summer time
    [InlineData("2026-03-29T02:30", "Europe/Berlin", "2026-03-29T01:30:00Z")] // skipped: 03:30 summer time
    [InlineData("2018-11-04", "America/Havana", "2018-11-04T04:00:00Z")] // midnight shown twice: the day began at the first
    [InlineData("2026-11-01", "America/New_York", "2026-11-01T04:00:00Z")]
    public void A_clock_time_the_zone_shows_twice_is_the_first_of_the_two(string written, string zone, string utc)
    {
        var siteZone = TimeZoneInfo.FindSystemTimeZoneById(zone);
        Assert.Equal(DateTimeOffset.Parse(utc), PublicationDates.Parse(written, siteZone)!.Value.ToInstant(siteZone));
    }

    [Theory]
    [InlineData("2026-06-01T12:00:00+01")]
    [InlineData("2026-06-01T12:00:00 CET")]
    public void An_offset_written_otherwise_is_no_date(string written) =>
        Assert.Null(PublicationDates.Parse(written, TimeZoneInfo.Utc));
}
