using Publisher.Epub.Books;

namespace Publisher.Epub.Tests;

public class BookIdentityTests
{
    [Fact]
    public void Identifier_is_the_rfc_name_based_uuid_of_site_and_book_key()
    {
        // Expected value from Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/#week/2026-W46')
        Assert.Equal("0b929f73-84c2-5f22-8b34-ee95526c00f4", BookIdentity.Of(new Uri("https://example.org/"), "week/2026-W46").ToString());
    }

    [Fact]
    public void Different_sites_or_books_get_different_identifiers()
    {
        var site = new Uri("https://example.org/");
        Assert.NotEqual(BookIdentity.Of(site, "week/2026-W46"), BookIdentity.Of(site, "week/2026-W47"));
        Assert.NotEqual(BookIdentity.Of(site, "tag/Verkehr"), BookIdentity.Of(new Uri("https://other.example/"), "tag/Verkehr"));
    }
}
