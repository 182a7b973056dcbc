using System.Buffers.Binary;
using Publisher.Epub.Container;

namespace Publisher.Build.Incremental;

/// <summary>Where a piece's bytes sit in a pack file (or in this build's pending file), and their checksum.</summary>
internal readonly record struct PackEntry(PieceKey Key, PieceSlot Slot, long Offset, int Length, ulong Checksum)
{
    /// <summary>Key, slot (owner, variant), offset, length, XxHash3 of the bytes.</summary>
    public const int Size = PieceKey.Size + 8 + 8 + 8 + 4 + 8;

    public void Write(Span<byte> bytes)
    {
        Key.Write(bytes);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[32..], Slot.Owner);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[40..], Slot.Variant);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[48..], Offset);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[56..], Length);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[60..], Checksum);
    }

    public static PackEntry Read(ReadOnlySpan<byte> bytes) => new(
        PieceKey.Read(bytes),
        new PieceSlot(BinaryPrimitives.ReadUInt64LittleEndian(bytes[32..]), BinaryPrimitives.ReadUInt64LittleEndian(bytes[40..])),
        BinaryPrimitives.ReadInt64LittleEndian(bytes[48..]),
        BinaryPrimitives.ReadInt32LittleEndian(bytes[56..]),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[60..]));
}
