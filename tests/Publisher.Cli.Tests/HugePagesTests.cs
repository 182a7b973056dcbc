using System.Globalization;
using System.Runtime.InteropServices;
using Publisher.Cli.Platform;

namespace Publisher.Cli.Tests;

public class HugePagesTests
{
    private const ulong MB = 1UL << 20;
    private const ulong GB = 1UL << 30;

    // A GC reservation as /proc/self/maps shows it after some commits: bookkeeping and regions, split by protection,
    // between a library and a thread stack's guard page that lies apart from it.
    private static readonly string[] Maps =
    [
        "7f0000000000-7f0000100000 r-xp 00000000 08:01 1234                       /usr/lib/libc.so.6",
        "7f0100000000-7f0120000000 ---p 00000000 00:00 0 ",
        "7f0120000000-7f0120400000 rw-p 00000000 00:00 0 ",
        "7f0120400000-7f0120c00000 ---p 00000000 00:00 0 ",
        "7f0120c00000-7f0121000000 rw-p 00000000 00:00 0 ",
        "7f0121000000-7f1100000000 ---p 00000000 00:00 0 ",
        "7f1100001000-7f1100801000 rw-p 00000000 00:00 0 ",
        "7f1100801000-7f1100900000 r--p 00000000 08:01 99                         /usr/lib/locale/C.utf8/LC_CTYPE",
    ];

    [Fact]
    public void The_run_joins_adjacent_anonymous_mappings_and_stops_at_a_gap_or_a_file()
    {
        Assert.Equal((0x7f0100000000UL, 0x7f1100000000UL), HugePages.Run(Maps, 0x7f0120c00040));
        Assert.Equal((0x7f1100001000UL, 0x7f1100801000UL), HugePages.Run(Maps, 0x7f1100001000));
        Assert.Null(HugePages.Run(Maps, 0x7f0000000040)); // a library
        Assert.Null(HugePages.Run(Maps, 0x7f1100000800)); // the gap
    }

    [Fact]
    public void The_window_reaches_below_the_object_and_a_quarter_of_the_range_above_it_in_whole_huge_pages()
    {
        var address = 0x7f0120c12345UL;
        var page = address & ~(2 * MB - 1);
        var (start, end) = HugePages.Window(Maps, address, 48 * GB)!.Value;
        Assert.Equal(page - 8 * MB, start);
        Assert.Equal(page + 2 * GB, end);

        (start, end) = HugePages.Window(Maps, address, 4 * GB)!.Value;
        Assert.Equal(page + 1 * GB, end);
        Assert.Equal(0UL, start % (2 * MB));
    }

    [Fact]
    public void Lines_read_while_the_gc_changes_its_mappings_may_overlap()
    {
        // /proc/self/maps is not a snapshot: a commit between two reads shows the same start twice.
        string[] torn =
        [
            "7f0100000000-7f0120000000 ---p 00000000 00:00 0 ",
            "7f0120000000-7f0120011000 rw-p 00000000 00:00 0 ",
            "7f0120000000-7f0120021000 rw-p 00000000 00:00 0 ",
            "7f0120021000-7f1100000000 ---p 00000000 00:00 0 ",
        ];
        Assert.Equal((0x7f0100000000UL, 0x7f1100000000UL), HugePages.Run(torn, 0x7f0120000040));
    }

    [Fact]
    public void A_heap_limit_bounds_the_window()
    {
        var address = 0x7f0120c12345UL;
        var (_, end) = HugePages.Window(Maps, address, 48 * GB, heapLimit: 300 * MB)!.Value;
        Assert.Equal((address & ~(2 * MB - 1)) + 300 * MB, end);
    }

    [Fact]
    public void The_window_stays_inside_the_run()
    {
        var address = 0x7f0100100000UL; // 1 MB above the run's start
        var (start, end) = HugePages.Window(Maps, address, 4 * GB)!.Value;
        Assert.Equal(0x7f0100000000UL, start);
        Assert.True(end <= 0x7f1100000000UL);
        // A run smaller than the GC's region range is not the GC's reservation.
        Assert.Null(HugePages.Window(Maps, 0x7f1100001000, 4 * GB));
        Assert.Null(HugePages.Window(Maps, 0x7f0000000040, 4 * GB));
    }

    [Theory]
    [InlineData("always [madvise] never\n", true)]
    [InlineData("[always] madvise never\n", true)]
    [InlineData("always madvise [never]\n", false)]
    [InlineData("", false)]
    public void Huge_pages_are_used_unless_the_system_turned_them_off(string enabled, bool available) =>
        Assert.Equal(available, HugePages.Available(enabled));

    [Fact]
    public void On_linux_the_window_becomes_writable_huge_page_memory_of_the_gc_heap()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")
            || !HugePages.Available(File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled")))
            return; // nothing to check where the system has no huge pages to give
        if (Environment.GetEnvironmentVariable("PUBLISHER_HUGE_PAGES") == "0")
        {
            Assert.Null(HugePages.AdviseGcHeap());
            return;
        }
        var window = HugePages.AdviseGcHeap();
        Assert.NotNull(window);
        var (start, end) = window.Value;
        Assert.Equal(0UL, start % (2 * MB));
        Assert.Equal(0UL, end % (2 * MB));

        // The window is read-write and advised for huge pages ("hg" in smaps' VmFlags), except where the GC has
        // decommitted regions since (other tests run beside this one): those it maps anew, as it always does.
        var advised = Mappings()
            .Where(m => m.Start < end && m.End > start && m.Permissions.StartsWith("rw", StringComparison.Ordinal) && m.Flags.Contains("hg"))
            .Aggregate(0UL, (sum, m) => sum + Math.Min(m.End, end) - Math.Max(m.Start, start));
        Assert.True(advised >= (end - start) / 2, $"{advised / MB} MB of the {(end - start) / MB} MB window advised");

        // The heap still works: objects made now hold what was written.
        var arrays = Enumerable.Range(0, 64).Select(i => Enumerable.Repeat((byte)i, 100_000).ToArray()).ToList();
        GC.Collect();
        Assert.All(arrays.Select((a, i) => (a, i)), p => Assert.All(p.a, b => Assert.Equal((byte)p.i, b)));
    }

    /// <summary>The mappings in <c>/proc/self/smaps</c>: range, permissions, resident size and VmFlags (each entry's last line).</summary>
    private static IEnumerable<(ulong Start, ulong End, string Permissions, long ResidentKb, string[] Flags)> Mappings()
    {
        (ulong Start, ulong End, string Permissions) current = (0, 0, "");
        long residentKb = 0;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-') && !fields[0].EndsWith(':'))
            {
                var dash = fields[0].IndexOf('-');
                current = (ulong.Parse(fields[0][..dash], NumberStyles.HexNumber), ulong.Parse(fields[0][(dash + 1)..], NumberStyles.HexNumber), fields[1]);
                residentKb = 0;
            }
            else if (fields is ["Rss:", var kb, "kB"])
            {
                residentKb = long.Parse(kb, CultureInfo.InvariantCulture);
            }
            else if (fields is ["VmFlags:", .. var flags])
            {
                yield return (current.Start, current.End, current.Permissions, residentKb, flags);
            }
        }
    }
}
