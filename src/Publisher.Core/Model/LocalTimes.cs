namespace Publisher.Core.Model;

/// <summary>How a clock time read in a zone becomes an instant.</summary>
public static class LocalTimes
{
    /// <summary>
    /// The zone's offset at <paramref name="local"/> (kind Unspecified). A time the clocks show twice, when they are put
    /// back, is the first of the two (the earlier instant, as java.time and NodaTime's lenient rule take it): a day that
    /// begins at 00:00 −04:00 and sees 00:00 again at −05:00 an hour later began at the first. A time they skip is read
    /// with the zone's standard offset, as .NET reads it (02:30 on the day Berlin skips to summer time is 03:30 CEST).
    /// </summary>
    public static TimeSpan Offset(TimeZoneInfo zone, DateTime local) =>
        zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
}
