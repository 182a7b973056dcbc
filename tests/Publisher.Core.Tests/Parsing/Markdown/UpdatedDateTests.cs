using Publisher.Core.Model;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary><c>updated:</c> (or <c>lastmod:</c>, <c>modified:</c>) is a date like <c>date</c>, never before it; absent, it is null.</summary>
public class UpdatedDateTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("updated: 2026-11-12", "2026-11-12", null)]
    [InlineData("updated: 2026-11-12T09:30:00+01:00", "2026-11-12", "2026-11-12T08:30:00Z")]
    [InlineData("lastmod: 2026-11-12 09:30", "2026-11-12", "2026-11-12T08:30:00Z")] // no offset: the site's zone
    [InlineData("modified: \"2026-11-10\"", "2026-11-10", null)] // the day of publication, a day alone: not before it
    [InlineData("Updated: 2026-11-10T14:30:00+01:00", "2026-11-10", "2026-11-10T13:30:00Z")] // the instant of publication
    public void An_update_date_is_read_as_date_is(string field, string day, string? utc)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10T14:30:00+01:00\n{field}\n---\nx")!;
        Assert.Empty(harness.Messages);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), article.Updated!.Value.Date);
        Assert.Equal(utc is null ? null : DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), article.Updated.Value.Instant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("updated: ~")]
    public void Without_an_update_date_it_is_null_and_last_modified_is_the_publication(string field)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx")!;
        Assert.Empty(harness.Messages);
        Assert.Null(article.Updated);
        Assert.Equal(article.Published.ToInstant(Berlin), article.LastModified(Berlin));
    }

    [Fact]
    public void Last_modified_is_the_update_when_there_is_one()
    {
        var article = new MarkdownHarness().Parse("---\ntitle: T\ndate: 2026-11-10\nupdated: 2026-11-12T09:30:00+01:00\n---\nx")!;
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 9, 30, 0, TimeSpan.FromHours(1)), article.LastModified(Berlin));
    }

    [Theory]
    [InlineData("date: 2026-11-10\nupdated: 2026-11-09", "post.md:4: error: updated '2026-11-09' is before the article's date, '2026-11-10': an update comes after publication; it is left out")]
    [InlineData("date: 2026-11-10T14:30:00+01:00\nlastmod: 2026-11-10T14:29:00+01:00", "post.md:4: error: lastmod '2026-11-10T14:29:00+01:00' is before the article's date, '2026-11-10T14:30:00+01:00': an update comes after publication; it is left out")]
    [InlineData("date: 2026-11-10\nupdated: gestern", "post.md:4: error: 'gestern' is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]; it is left out")]
    [InlineData("date: 2026-11-10\nupdated: 2026-11-31", "post.md:4: error: updated '2026-11-31' is not a day of the calendar (November 2026 has 30 days); it is left out")]
    [InlineData("date: 2026-11-10\nupdated: 9999-01-01", "post.md:4: error: updated '9999-01-01' is out of range: an article's date lies from 1000-01-01 to 9000-12-31; it is left out")]
    [InlineData("date: 2026-11-10\nmodified: [2026-11-11]", "post.md:4: error: front matter field 'modified' must be a text, not a list; it is left out")]
    public void A_bad_update_date_is_an_error_on_its_line_and_left_out(string fields, string expected)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\n{fields}\n---\nx")!;
        Assert.Equal([expected], harness.Messages);
        Assert.Null(article.Updated);
    }
}
