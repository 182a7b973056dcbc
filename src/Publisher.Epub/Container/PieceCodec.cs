namespace Publisher.Epub.Container;

/// <summary>Writes a <see cref="DeflatedPiece"/> as CRC, length and compressed bytes, and reads it back.</summary>
internal static class PieceCodec
{
    public static void Write(BinaryWriter writer, DeflatedPiece piece)
    {
        writer.Write(piece.Crc);
        writer.Write(piece.Length);
        writer.Write(piece.Compressed.Length);
        writer.Write(piece.Compressed);
    }

    /// <exception cref="InvalidDataException">The bytes are not a piece.</exception>
    public static DeflatedPiece Read(BinaryReader reader)
    {
        var crc = reader.ReadUInt32();
        var length = reader.ReadInt64();
        var compressedLength = reader.ReadInt32();
        if (length < 0 || compressedLength < 0 || compressedLength > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("a piece runs past the end");
        return new DeflatedPiece(reader.ReadBytes(compressedLength), crc, length);
    }
}
