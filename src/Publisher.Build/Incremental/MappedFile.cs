using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Publisher.Build.Incremental;

/// <summary>
/// A file mapped into memory read-only, as <see cref="Memory{T}"/>: its pages come from the page cache as they are
/// touched, instead of being copied into tens of megabytes of fresh memory (which on a VM costs more than reading
/// them). The mapping stays until the process ends: articles keep slices of it for as long as a build runs, and a
/// span taken from a slice does not keep anything alive, so unmapping it earlier (a finalizer, a dispose) could pull
/// memory from under a reader. One mapping per build, address space only: the pages belong to the page cache. Only
/// for files nobody shortens while they are mapped: the cache is replaced by rename or grows.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    /// <summary>Held so the view's handle is never finalized while the mapping is in use.</summary>
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly int _length;

    private MappedFile(MemoryMappedViewAccessor view, byte* start, int length)
    {
        _view = view;
        _start = start;
        _length = length;
    }

    /// <summary>The file at <paramref name="path"/> mapped whole, or null when it is empty or too long for one span.</summary>
    public static MappedFile? Open(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Open(file);
    }

    /// <summary>The file open as <paramref name="file"/> mapped whole, or null when it is empty or too long for one span.</summary>
    public static MappedFile? Open(Microsoft.Win32.SafeHandles.SafeFileHandle file)
    {
        var length = RandomAccess.GetLength(file);
        if (length is 0 or > int.MaxValue) return null;
        using var mapping = MemoryMappedFile.CreateFromFile(file, null, length, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedFile(view, start + view.PointerOffset, (int)length);
    }

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)elementIndex, (uint)_length, nameof(elementIndex));
        return new MemoryHandle(_start + elementIndex, pinnable: this);
    }

    public override void Unpin()
    {
    }

    /// <summary>Nothing to do: the mapping stays until the process ends.</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
