using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace Publisher.Pdf.Tests;

/// <summary>A digest prints a link's URL readable (letters decoded) and links to it encoded.</summary>
public sealed class ReadableUrlTests
{
    [Theory]
    [InlineData("https://taz.de/Mobilit%C3%A4tsgesetz-Berlin/!5908123", "https://taz.de/Mobilitätsgesetz-Berlin/!5908123")]
    [InlineData("https://example.org/%CE%91%CE%B8%CE%AE%CE%BD%CE%B1", "https://example.org/Αθήνα")]
    [InlineData("https://example.org/caf%c3%a9", "https://example.org/café")]
    [InlineData("https://example.org/%7Euser/%41%42", "https://example.org/~user/AB")]
    [InlineData("https://example.org/a%2Fb%3Fc%23d%25e%26f", "https://example.org/a%2Fb%3Fc%23d%25e%26f")] // reserved: same resource only encoded
    [InlineData("https://example.org/a%20b%C2%A0c", "https://example.org/a%20b%C2%A0c")] // spaces would blur where the URL ends
    [InlineData("https://example.org/x%00%0A%7F%C2%85y", "https://example.org/x%00%0A%7F%C2%85y")] // control characters
    [InlineData("https://example.org/%E2%80%AEgnp.exe", "https://example.org/%E2%80%AEgnp.exe")] // a bidi override hides nothing
    [InlineData("https://example.org/%C3%28%FF%E2%82", "https://example.org/%C3%28%FF%E2%82")] // not UTF-8 (and "(" is reserved): stays encoded
    [InlineData("https://example.org/100%-sicher%2", "https://example.org/100%-sicher%2")] // a lone % is text
    [InlineData("https://example.org/%F0%9F%98%80", "https://example.org/😀")]
    [InlineData("no escapes at all", "no escapes at all")]
    public void Letters_are_decoded_and_everything_unprintable_or_reserved_stays_encoded(string url, string printed) =>
        Assert.Equal(printed, ReadableUrl.Decode(url));

    [Fact]
    public void The_digest_prints_the_decoded_url_and_links_to_the_encoded_one()
    {
        const string encoded = "https://taz.de/Mobilit%C3%A4tsgesetz-Berlin/!5908123";
        var corpus = WeekCorpus.Edited(3, new Dictionary<string, Func<Article, Article>>
        {
            ["Verkehr"] = a => a with { Links = [.. a.Links, new ArticleLink(a.Links.Length + 1, encoded, new Uri(encoded), ["Mobilitätsgesetz"])] },
        });
        var renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));
        using var pdf = PdfDocument.Open(renderer.Render(corpus, corpus.Weeks.Single(), new()).Pdf);
        var text = DigestFixture.Normalize(string.Concat(pdf.GetPages().Select(page => page.Text)));
        Assert.Contains(DigestFixture.Normalize("Mobilitätsgesetz: https://taz.de/Mobilitätsgesetz-Berlin/!5908123"), text);
        Assert.DoesNotContain("%C3%A4", text);
        var targets = pdf.GetPages().SelectMany(page => page.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri);
        Assert.Contains(encoded, targets);
    }
}
