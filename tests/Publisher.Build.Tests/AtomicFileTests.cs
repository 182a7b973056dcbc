using Publisher.Build.Pipeline;

namespace Publisher.Build.Tests;

public class AtomicFileTests
{
    [Fact]
    public void A_failing_writer_leaves_the_previous_file_whole_and_no_temporary_file()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var path = Path.Combine(dir, "feed.xml");
        AtomicFile.Write(path, s => s.Write("old"u8));

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("half"u8);
            throw new InvalidOperationException("renderer crashed");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.EnumerateFiles(dir));
    }

    [Theory]
    [InlineData("same bytes", false)]
    [InlineData("same bytez", true)] // same length, other bytes
    [InlineData("longer bytes", true)]
    [InlineData("", true)]
    public void Write_if_changed_leaves_a_file_with_the_same_bytes_alone(string text, bool written)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var path = Path.Combine(dir, "feed.xml");
        var bytes = new byte[200_000]; // more than one buffer's worth, the difference at the end
        Random.Shared.NextBytes(bytes);
        byte[] Content(string end) => [.. bytes, .. System.Text.Encoding.UTF8.GetBytes(end)];
        File.WriteAllBytes(path, Content("same bytes"));
        var longAgo = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, longAgo);

        Assert.Equal(written, AtomicFile.WriteIfChanged(path, s => s.Write(Content(text))));

        Assert.Equal(Content(text), File.ReadAllBytes(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path) != longAgo);
        Assert.Single(Directory.EnumerateFiles(dir));
    }
}
