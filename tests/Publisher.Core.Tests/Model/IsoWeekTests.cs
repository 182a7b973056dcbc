using Publisher.Core.Model;

namespace Publisher.Core.Tests.Model;

public class IsoWeekTests
{
    [Theory]
    [InlineData("2022-01-01", "2021-W52")]
    [InlineData("2022-01-02", "2021-W52")]
    [InlineData("2020-12-31", "2020-W53")]
    [InlineData("2021-01-03", "2020-W53")]
    [InlineData("2022-01-03", "2022-W01")]
    [InlineData("2024-12-30", "2025-W01")]
    [InlineData("2026-11-10", "2026-W46")]
    public void Weeks_follow_iso_8601_across_year_boundaries(string date, string week) =>
        Assert.Equal(week, IsoWeek.From(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void A_week_runs_monday_to_sunday_and_knows_its_neighbours()
    {
        Assert.True(IsoWeek.TryParse("2020-W53", out var week));
        Assert.Equal(new DateOnly(2020, 12, 28), week.Start);
        Assert.Equal(new DateOnly(2021, 1, 3), week.End);
        Assert.Equal("2021-W01", week.Next.ToString());
        Assert.Equal("2020-W52", week.Previous.ToString());
    }

    [Theory]
    [InlineData("2021-W53")]
    [InlineData("2021-W00")]
    [InlineData("2021W01")]
    [InlineData("../2021")]
    public void Invalid_weeks_do_not_parse(string text) => Assert.False(IsoWeek.TryParse(text, out _));
}
