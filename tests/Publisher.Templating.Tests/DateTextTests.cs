using Publisher.Templating.Views;

namespace Publisher.Templating.Tests;

public class DateTextTests
{
    [Theory]
    [InlineData("2026-11-02", "2026-11-08", "de", "2.–8. November 2026")]
    [InlineData("2026-11-02", "2026-11-08", "en", "2–8 November 2026")]
    [InlineData("2026-10-26", "2026-11-01", "de", "26. Oktober 2026 – 1. November 2026")]
    [InlineData("2026-11-12", "2026-11-12", "de", "12. November 2026")]
    [InlineData("2026-11-12", "2026-11-12", "en", "12 November 2026")]
    [InlineData("2026-11-12", "2026-11-12", "fr", "2026-11-12")]
    public void A_range_names_each_day_once(string first, string last, string language, string expected) =>
        Assert.Equal(expected, DateText.Range(DateOnly.Parse(first), DateOnly.Parse(last), language));
}
