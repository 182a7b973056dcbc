using Publisher.Core.Diagnostics;

namespace Publisher.Core.Tests.Diagnostics;

/// <summary>A file below a folder as the user reaches it: the folder as typed, joined with the path below it.</summary>
public class ShownPathTests
{
    [Theory]
    [InlineData("c", "bad.md", "c/bad.md")]
    [InlineData("c/", "sub/bad.md", "c/sub/bad.md")]
    [InlineData("c//", "bad.md", "c/bad.md")]
    [InlineData("./c", "bad.md", "./c/bad.md")]
    [InlineData("../site/content", "bad.md", "../site/content/bad.md")]
    [InlineData(".", "sub/bad.md", "sub/bad.md")]
    [InlineData("./", "bad.md", "bad.md")]
    [InlineData("/srv/site", "bad.md", "/srv/site/bad.md")]
    [InlineData("/", "bad.md", "/bad.md")]
    [InlineData("c", "", "c")]
    [InlineData(".", "", ".")]
    public void Joins_the_folder_as_typed_with_the_path_below_it(string folder, string below, string shown)
    {
        if (OperatingSystem.IsWindows()) return; // '\' there
        Assert.Equal(shown, ShownPath.Join(folder, below));
    }

    [Fact]
    public void A_diagnostic_below_the_content_folder_is_shown_from_it_and_one_as_given_is_left_as_it_is()
    {
        if (OperatingSystem.IsWindows()) return;
        var inContent = new Diagnostic("sub/bad.md", 2, 8, Severity.Error, "no date");
        var output = Diagnostic.AsGiven("out/.publisher/manifest.json", Severity.Error, "cannot save");

        Assert.Equal("content/sub/bad.md:2:8: error: no date", inContent.Shown("content").ToString());
        Assert.Equal("sub/bad.md:2:8: error: no date", inContent.Shown(".").ToString());
        Assert.Equal("out/.publisher/manifest.json: error: cannot save", output.Shown("content").ToString());
        Assert.Equal(inContent.Shown("c"), inContent.Shown("c").Shown("c")); // once shown, it stays as it is
    }
}
