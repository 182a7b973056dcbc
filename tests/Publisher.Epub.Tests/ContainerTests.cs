using System.IO.Compression;
using System.Text;
using Publisher.Epub.Container;

namespace Publisher.Epub.Tests;

public class ContainerTests
{
    [Fact]
    public void Crc32_matches_the_standard_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Of("123456789"u8));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(0, 7)]
    [InlineData(5, 9)]
    [InlineData(1000, 70_001)]
    public void Combined_crcs_equal_the_crc_of_the_joined_bytes(int lengthA, int lengthB)
    {
        var random = new Random(lengthA * 31 + lengthB);
        var a = new byte[lengthA];
        var b = new byte[lengthB];
        random.NextBytes(a);
        random.NextBytes(b);
        Assert.Equal(Crc32.Of([.. a, .. b]), Crc32.Combine(Crc32.Of(a), Crc32.Of(b), b.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(9)]
    public void Pieces_deflated_apart_read_back_as_one_entry(int level)
    {
        string[] parts = ["<html><body>", Text(20_000, seed: 1), "", Text(70_000, seed: 2), "</body></html>\n"];
        var epub = Write(archive => archive.Add("EPUB/a.xhtml", [.. parts.Select(p => DeflatedPiece.Of(Encoding.UTF8.GetBytes(p), level))]));
        Assert.Equal(string.Concat(parts), Read(epub)["EPUB/a.xhtml"]);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(300, 5_000, 200)]
    [InlineData(70_000, 0, 140_000)]
    public void Text_around_a_piece_gives_the_bytes_of_the_texts_as_stored_pieces(int beforeLength, int pieceLength, int afterLength)
    {
        var (before, after) = (Text(beforeLength, seed: 4), Text(afterLength, seed: 5));
        var piece = DeflatedPiece.Of(Encoding.UTF8.GetBytes(Text(pieceLength, seed: 6)), CompressionLevels.Text);

        var around = Write(archive => archive.Add("EPUB/c.xhtml", before, piece, after));
        var asPieces = Write(archive => archive.Add("EPUB/c.xhtml", [
            DeflatedPiece.Of(Encoding.UTF8.GetBytes(before), CompressionLevels.Stored),
            piece,
            DeflatedPiece.Of(Encoding.UTF8.GetBytes(after), CompressionLevels.Stored)]));

        Assert.Equal(asPieces, around);
        Assert.Equal(before + Text(pieceLength, seed: 6) + after, Read(around)["EPUB/c.xhtml"]);
    }

    [Fact]
    public void Mimetype_comes_first_stored_and_without_extra_field()
    {
        var epub = Write(archive => archive.AddText("EPUB/x.txt", "ä", CompressionLevels.Small));
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(epub, 30, 28));
        Assert.Equal(0, BitConverter.ToUInt16(epub, 8)); // stored
        Assert.Equal(0, BitConverter.ToUInt16(epub, 28)); // no extra field
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        Assert.Equal(["mimetype", "META-INF/container.xml", "EPUB/x.txt"], zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 11, 15, 8, 30, 12), e.LastWriteTime.DateTime));
        Assert.Equal("ä", Read(epub)["EPUB/x.txt"]);
    }

    [Fact]
    public void A_forward_only_stream_gets_the_same_bytes()
    {
        var seekable = Write(archive => archive.Add("EPUB/b.xhtml", Encoding.UTF8.GetBytes(Text(5000, 3)), 6));
        using var forwardOnly = new ForwardOnlyStream();
        using (var archive = new EpubArchive(forwardOnly, "EPUB/package.opf", Modified)) archive.Add("EPUB/b.xhtml", Encoding.UTF8.GetBytes(Text(5000, 3)), 6);
        Assert.Equal(seekable, forwardOnly.Inner.ToArray());
    }

    private static readonly DateTimeOffset Modified = new(2026, 11, 15, 8, 30, 13, TimeSpan.Zero);

    private static byte[] Write(Action<EpubArchive> add)
    {
        using var buffer = new MemoryStream();
        using (var archive = new EpubArchive(buffer, "EPUB/package.opf", Modified)) add(archive);
        return buffer.ToArray();
    }

    private static Dictionary<string, string> Read(byte[] epub)
    {
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd(); // ZipArchive checks the CRC and the length while reading
        });
    }

    private static string Text(int length, int seed)
    {
        var random = new Random(seed);
        var words = new[] { "Zeitung", "Straße", "über", "the", "news", "&amp;", "<p>", "Ü", "😀" };
        var builder = new StringBuilder();
        while (builder.Length < length) builder.Append(words[random.Next(words.Length)]).Append(random.Next(3) == 0 ? '\n' : ' ');
        return builder.ToString();
    }

    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Inner { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    }
}
