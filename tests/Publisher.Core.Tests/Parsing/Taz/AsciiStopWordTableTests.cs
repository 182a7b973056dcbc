using CsCheck;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>The open-addressed stop word table must find every key it was built with, and no other (colliding keys included).</summary>
public sealed class AsciiStopWordTableTests
{
    [Fact]
    public void Finds_each_key_and_no_other()
    {
        // Keys from a small range collide often in 128 slots.
        var keys = Gen.ULong[1, 400];
        Gen.Select(keys.Array[0, 63], keys.Array[0, 40]).Sample((words, others) =>
        {
            var distinct = words.Distinct().ToArray();
            var table = new AsciiStopWordTable([.. distinct.Select((k, i) => KeyValuePair.Create(k, i % 2 == 0 ? 1 : -1))]);
            for (var i = 0; i < distinct.Length; i++) Assert.Equal(i % 2 == 0 ? 1 : -1, table.SideOf(distinct[i]));
            foreach (var other in others.Where(o => !distinct.Contains(o))) Assert.Equal(0, table.SideOf(other));
        }, iter: 5000);
    }

    [Fact]
    public void Refuses_a_table_it_could_fill()
    {
        Assert.Throws<ArgumentException>(() => new AsciiStopWordTable([.. Enumerable.Range(1, 64).Select(k => KeyValuePair.Create((ulong)k, 1))]));
    }
}
