namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A memory stream kept per thread between documents, so saving and rewriting a PDF do not grow a
/// fresh buffer (256 KB, 512 KB, 1 MB, … each on the large-object heap) for every document.
/// </summary>
internal static class ScratchStream
{
    private const int MaxKeptBytes = 32 << 20;

    /// <summary>Takes the stream out of <paramref name="slot"/> (or a new one), emptied.</summary>
    public static MemoryStream Take(ref MemoryStream? slot)
    {
        var stream = slot ?? new MemoryStream(1 << 20);
        slot = null;
        stream.SetLength(0);
        return stream;
    }

    /// <summary>Puts the stream back for the thread's next document, unless it grew unusually large.</summary>
    public static void Return(ref MemoryStream? slot, MemoryStream stream)
    {
        if (stream.Capacity <= MaxKeptBytes) slot = stream;
    }
}
