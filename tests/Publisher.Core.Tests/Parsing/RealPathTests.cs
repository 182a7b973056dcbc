using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

/// <summary>Real paths through links: of a path (realpath), part by part, and of a file already open.</summary>
public sealed class RealPathTests : IDisposable
{
    private readonly string _root = RealPath.Of(Directory.CreateTempSubdirectory("publisher-real-path").FullName)!;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_opened_through_a_linked_folder_is_told_by_where_it_really_is()
    {
        var real = Directory.CreateDirectory(Path.Combine(_root, "real")).FullName;
        File.WriteAllText(Path.Combine(real, "file.txt"), "x");
        var link = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(link, real);
        var throughLink = Path.Combine(link, "file.txt");

        using var stream = File.OpenRead(throughLink);
        Assert.Equal(Path.Combine(real, "file.txt"), RealPath.OfOpen(stream.SafeFileHandle));
        Assert.Equal(Path.Combine(real, "file.txt"), RealPath.Of(throughLink));
        Assert.Equal(Path.Combine(real, "file.txt"), RealPath.Followed(throughLink));
        // The link is swapped for a folder of its own: the open file is still the one it was.
        Directory.Delete(link);
        Directory.CreateDirectory(link);
        Assert.Equal(Path.Combine(real, "file.txt"), RealPath.OfOpen(stream.SafeFileHandle));
    }

    [Theory]
    [InlineData("/a/b/c.png", "/a/b", true)]
    [InlineData("/a/b/c.png", "/a/b/", true)]
    [InlineData("/a/bc/d.png", "/a/b", false)] // a folder whose name begins like it
    [InlineData("/a/b", "/a/b", false)]
    public void Inside_means_below_the_folder(string path, string folder, bool inside)
    {
        Assert.Equal(inside, RealPath.IsInside(path, folder));
    }
}
