using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The stop words made of ASCII letters by their packed key (<see cref="LanguageGuess"/>): an open-addressed table of
/// 128 slots probed from a multiplicative hash, a few instructions a look-up where a frozen dictionary went through
/// its comparer for each of the many short words of a body.
/// </summary>
internal sealed class AsciiStopWordTable
{
    private const int SlotBits = 7;
    private const int Mask = (1 << SlotBits) - 1;
    private readonly ulong[] keys = new ulong[1 << SlotBits];
    private readonly int[] sides = new int[1 << SlotBits];

    /// <param name="words">Non-zero keys, each with a non-zero side; fewer than the slots, so a probe meets an empty one.</param>
    public AsciiStopWordTable(IReadOnlyCollection<KeyValuePair<ulong, int>> words)
    {
        if (words.Count >= keys.Length / 2) throw new ArgumentException("too many words for the table", nameof(words));
        foreach (var (key, side) in words)
        {
            var slot = Slot(key);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & Mask;
            }

            keys[slot] = key;
            sides[slot] = side;
        }
    }

    /// <summary>The side of the stop word packed as <paramref name="key"/>, or 0 when it is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SideOf(ulong key)
    {
        var slot = Slot(key);
        while (true)
        {
            var found = keys[slot];
            if (found == key)
            {
                return sides[slot];
            }

            if (found == 0)
            {
                return 0;
            }

            slot = (slot + 1) & Mask;
        }
    }

    private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
}
