namespace Publisher.Epub.Container;

/// <summary>
/// A memory stream kept per thread between uses, so compressing a page or a cover does not grow a fresh buffer
/// (256 bytes, 512, 1 KB, … up to the result) every time: only the result is copied out of it.
/// </summary>
internal static class ScratchStream
{
    private const int MaxKeptBytes = 4 << 20;

    /// <summary>Takes the stream out of <paramref name="slot"/> (or a new one), emptied; a use within a use gets a new one.</summary>
    public static MemoryStream Take(ref MemoryStream? slot)
    {
        var stream = slot ?? new MemoryStream(64 * 1024);
        slot = null;
        stream.SetLength(0);
        return stream;
    }

    /// <summary>Puts the stream back for the thread's next use, unless it grew unusually large.</summary>
    public static void Return(ref MemoryStream? slot, MemoryStream stream)
    {
        if (stream.Capacity <= MaxKeptBytes) slot = stream;
    }
}
