using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

public class NearestNameTests
{
    private static readonly string[] Fields = ["title", "date", "tags", "authors", "summary", "language", "id", "updated", "tag", "author", "teaser", "description", "lang", "slug", "lastmod", "modified", "author_role", "kicker", "draft"];

    [Theory]
    [InlineData("tgas", "tags")] // two neighbours swapped
    [InlineData("TGAS", "tags")] // case ignored
    [InlineData("titel", "title")]
    [InlineData("autor", "author")]
    [InlineData("sumary", "summary")]
    [InlineData("descripton", "description")]
    [InlineData("lastmodd", "lastmod")]
    [InlineData("updatedd", "updated")]
    [InlineData("langauge", "language")]
    [InlineData("draf", "draft")]
    [InlineData("Date", "date")]
    public void A_near_known_name_is_suggested(string written, string suggested) => Assert.Equal(suggested, NearestName.To(written, Fields));

    [Theory]
    [InlineData("colour")]
    [InlineData("seo")]
    [InlineData("params")]
    [InlineData("cover")]
    [InlineData("x")] // two edits from id, but too short to guess
    [InlineData("toc")] // two edits from tag
    [InlineData("type")]
    [InlineData("categories")]
    [InlineData("tags")] // a known name suggests nothing, not itself
    public void No_name_is_suggested_when_none_is_near(string written) => Assert.Null(NearestName.To(written, Fields));
}
