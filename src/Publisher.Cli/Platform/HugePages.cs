using System.Globalization;
using System.Runtime.InteropServices;

namespace Publisher.Cli.Platform;

/// <summary>Lets Linux back the first part of the GC heap with transparent huge pages (2 MB), as the JVM's
/// <c>-XX:+UseTransparentHugePages</c> does for its heap.</summary>
/// <remarks>
/// <para>A build fills a few hundred MB of fresh heap once. With 4 KB pages that is a page fault per 4 KB, and under
/// virtualisation (this project's 2-core VMs) a fault costs more than the build's own work on the page: 128 MB touched
/// takes ~500 ms in 4 KB pages and ~30 ms in 2 MB pages. The 1,000-article EPUB build spent a quarter of its CPU in
/// such faults.</para>
/// <para>The GC reserves its regions as one range and commits them 64 KB at a time with <c>mprotect</c> and
/// <c>madvise(MADV_DODUMP)</c>. Each commit splits the mapping, and a huge page needs 2 MB of one mapping, so advice on
/// the reservation alone never yields one. Instead the start of the regions (a window around a fresh object, well inside
/// the reservation) is made readable and writable and dumpable up front, as the GC's commits would make it, and advised
/// <c>MADV_HUGEPAGE</c>; the GC's later commits there change nothing. Only touched pages take memory, as before. Pages
/// the GC decommits go back to 4 KB.</para>
/// <para>The GC relies on none of this memory being inaccessible (its write watch is in software, the heap has no guard
/// pages) and on committed memory being zero, which untouched pages are; its decommits still map zero pages anew. What
/// is lost is a crash on a stray write into memory the GC has not committed yet. Never set the window back to
/// <c>PROT_NONE</c> afterwards: by then part of it is the GC's live memory.</para>
/// <para>It is skipped where it could go wrong: not Linux, huge pages off, strict overcommit (the 2 GB would be charged
/// in full), a small or unknown region range, a region size set by hand (the margin below gen0 is worked out for the
/// sizes the GC picks itself), large pages, no matching mapping. If <c>mprotect</c> works and a <c>madvise</c> then fails, the
/// window stays readable and writable without huge pages, which is harmless. <c>PUBLISHER_HUGE_PAGES=0</c> turns it
/// off.</para>
/// </remarks>
internal static partial class HugePages
{
    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MadviseHugePage = 14;
    private const int MadviseDoDump = 17;
    private const ulong HugePage = 2UL << 20;

    /// <summary>How far below the first object the window starts: the GC's initial gen2 and gen1 regions lie just below
    /// gen0's, and its pinned-object regions below those, so with regions of 1 MB or more the window starts inside the
    /// regions range.</summary>
    private const ulong Below = 8UL << 20;

    /// <summary>At most this much of the regions gets huge pages: more than a 10,000-article build's peak.</summary>
    private const ulong MaxWindow = 2UL << 30;

    /// <summary>A smaller region range (a heap limit, a small machine) may be a reservation the window would reach past.</summary>
    private const ulong MinRegionRange = 4UL << 30;

    /// <summary>Advises the window; returns it, or null when the heap is left as it was.</summary>
    public static (ulong Start, ulong End)? AdviseGcHeap()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("PUBLISHER_HUGE_PAGES") == "0") return null;
        try
        {
            if (!Available(File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled"))) return null;
            if (File.ReadAllText("/proc/sys/vm/overcommit_memory").Trim() == "2") return null;
            var gc = GC.GetConfigurationVariables();
            if (!gc.TryGetValue("GCRegionRange", out var value)) return null;
            var regionRange = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
            if (regionRange < MinRegionRange || Set(gc, "GCRegionSize") || gc.TryGetValue("GCLargePages", out var large) && large is true)
                return null;
            var limit = gc.TryGetValue("GCHeapHardLimit", out var hardLimit) ? Convert.ToUInt64(hardLimit, CultureInfo.InvariantCulture) : 0;
            var probe = GC.AllocateUninitializedArray<byte>(64, pinned: false);
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            ulong address;
            try { address = (ulong)handle.AddrOfPinnedObject(); }
            finally { handle.Free(); }
            if (Window(File.ReadLines("/proc/self/maps"), address, regionRange, limit) is not var (start, end)) return null;
            var length = (nuint)(end - start);
            return Mprotect((nint)start, length, ProtReadWrite) == 0 && Madvise((nint)start, length, MadviseDoDump) == 0
                   && Madvise((nint)start, length, MadviseHugePage) == 0
                ? (start, end)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidCastException
                                      or OverflowException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No huge pages: the build runs as it would anyway.
            return null;
        }
    }

    private static bool Set(IReadOnlyDictionary<string, object> gc, string name) =>
        gc.TryGetValue(name, out var value) && Convert.ToUInt64(value, CultureInfo.InvariantCulture) != 0;

    /// <summary>Whether <c>/sys/kernel/mm/transparent_hugepage/enabled</c> allows huge pages to a program that asks
    /// (<c>[always]</c> or <c>[madvise]</c>, not <c>[never]</c>).</summary>
    internal static bool Available(string enabled) => enabled.Contains("[always]") || enabled.Contains("[madvise]");

    /// <summary>The window to advise, in whole huge pages: from <see cref="Below"/> under <paramref name="address"/> (an
    /// object in the GC's first gen0 region) to at most a quarter of the region range (and the heap limit, if any) above
    /// it, inside the run of adjacent anonymous mappings around it, which is the GC's reservation split by its commits.
    /// Null when the address lies in no such run or the run is smaller than the region range.</summary>
    internal static (ulong Start, ulong End)? Window(IEnumerable<string> maps, ulong address, ulong regionRange, ulong heapLimit = 0)
    {
        if (Run(maps, address) is not var (runStart, runEnd) || runEnd - runStart < regionRange) return null;
        var page = address & ~(HugePage - 1);
        var start = Math.Max(runStart, page - Math.Min(page, Below));
        start = (start + HugePage - 1) & ~(HugePage - 1);
        var size = Math.Min(MaxWindow, regionRange / 4);
        if (heapLimit > 0) size = Math.Min(size, heapLimit);
        var end = Math.Min(runEnd, page + size) & ~(HugePage - 1);
        return end > start ? (start, end) : null;
    }

    /// <summary>The run of adjacent anonymous mappings (no file, inode 0) in <c>/proc/self/maps</c> that holds
    /// <paramref name="address"/>. Lines may overlap: the file is read while the GC changes the mappings.</summary>
    internal static (ulong Start, ulong End)? Run(IEnumerable<string> maps, ulong address)
    {
        ulong runStart = 0, runEnd = 0;
        var found = false;
        foreach (var line in maps)
        {
            if (Anonymous(line) is not var (start, end))
            {
                if (found) break;
                runStart = runEnd = 0;
                continue;
            }
            if (start > runEnd)
            {
                if (found) break;
                runStart = start;
                runEnd = end;
            }
            else runEnd = Math.Max(runEnd, end);
            found |= start <= address && address < end;
        }
        return found ? (runStart, runEnd) : null;
    }

    /// <summary>The address range of a line of <c>/proc/self/maps</c> that maps no file, such as
    /// <c>7f1c39c7a000-7f1c51400000 ---p 00000000 00:00 0</c>; null for any other line.</summary>
    private static (ulong Start, ulong End)? Anonymous(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || fields[4] != "0") return null;
        var dash = fields[0].IndexOf('-');
        if (dash < 0
            || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
            || end <= start)
            return null;
        return (start, end);
    }

    // The C library from the system's search path only, never a file named libc beside the executable (Native AOT
    // links these calls directly: DirectPInvoke in the project).
    [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    private static partial int Mprotect(nint address, nuint length, int protection);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
