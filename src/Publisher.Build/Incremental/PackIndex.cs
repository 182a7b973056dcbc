using Publisher.Epub.Container;

namespace Publisher.Build.Incremental;

/// <summary>
/// A pack's index as it sits in the file: <see cref="PackEntry"/>s in key order, searched in place (a build that
/// writes four books looks up a few thousand of fifty thousand entries; building a dictionary would cost more).
/// </summary>
internal sealed class PackIndex
{
    private readonly byte[] _entries;

    private PackIndex(byte[] entries, int count, long end)
    {
        _entries = entries;
        Count = count;
        End = end;
    }

    public int Count { get; }

    /// <summary>Where the pack's valid part ends (after its trailer).</summary>
    public long End { get; }

    /// <summary>The index, or null when its entries are not in strictly increasing key order or point outside the pieces.</summary>
    public static PackIndex? From(byte[] entries, int count, long indexOffset, long end)
    {
        var previous = default(PieceKey?);
        for (var i = 0; i < count; i++)
        {
            var entry = At(entries, i);
            if (entry.Offset < PackFile.HeaderSize || entry.Length < 0 || entry.Offset + entry.Length > indexOffset) return null;
            if (previous is { } before && PieceKey.Compare(before, entry.Key) >= 0) return null;
            previous = entry.Key;
        }
        return new PackIndex(entries, count, end);
    }

    public bool TryGet(PieceKey key, out PackEntry entry)
    {
        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = PieceKey.Compare(PieceKey.Read(_entries.AsSpan(middle * PackEntry.Size)), key);
            if (order == 0)
            {
                entry = At(_entries, middle);
                return true;
            }
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        entry = default;
        return false;
    }

    public IEnumerable<PackEntry> All()
    {
        for (var i = 0; i < Count; i++) yield return At(_entries, i);
    }

    private static PackEntry At(byte[] entries, int i) => PackEntry.Read(entries.AsSpan(i * PackEntry.Size, PackEntry.Size));
}
