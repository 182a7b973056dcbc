using System.Text;
using Publisher.Epub.Container;

namespace Publisher.Epub.Chapters;

/// <summary>
/// An article's chapter content as a piece store keeps it: the article's site links (see <see cref="SiteLinks"/>;
/// stored so a later build can choose the right variant without reading the article's text) and the deflated piece.
/// </summary>
internal sealed record ArticleRecord(IReadOnlyList<string> SiteLinks, DeflatedPiece Piece)
{
    private const byte Version = 1;

    /// <summary>The thread's buffer for <see cref="Encode"/>: only the record's bytes are allocated per article.</summary>
    [ThreadStatic] private static MemoryStream? Scratch;

    public byte[] Encode()
    {
        var buffer = ScratchStream.Take(ref Scratch);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write7BitEncodedInt(SiteLinks.Count);
            foreach (var link in SiteLinks) writer.Write(link);
            PieceCodec.Write(writer, Piece);
        }
        var bytes = buffer.ToArray();
        ScratchStream.Return(ref Scratch, buffer);
        return bytes;
    }

    /// <summary>The record, or null when the bytes are not one (a store only hands out what it was given, but may be damaged).</summary>
    public static ArticleRecord? Decode(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadByte() != Version) return null;
            var count = reader.Read7BitEncodedInt();
            if (count < 0 || count > bytes.Length) return null;
            var links = new string[count];
            for (var i = 0; i < count; i++) links[i] = reader.ReadString();
            var piece = PieceCodec.Read(reader);
            return reader.BaseStream.Position == bytes.Length ? new ArticleRecord(links, piece) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException or InvalidDataException)
        {
            return null;
        }
    }
}
