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
}
