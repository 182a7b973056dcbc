using System.Security.Cryptography;
using System.Text;
using Publisher.Build.Incremental;
using Publisher.Epub.Container;

namespace Publisher.Build.Tests;

/// <summary>
/// The piece pack: what a build keeps is found by the next build of the same salt and by nothing else; damage
/// of any kind only loses pieces, never gives wrong ones or fails; replaced and orphaned pieces are dropped.
/// </summary>
public class PiecePackTests
{
    private static readonly byte[] Salt = SHA256.HashData("salt one"u8);
    private static readonly byte[] OtherSalt = SHA256.HashData("salt two"u8);

    [Fact]
    public void Pieces_kept_by_one_build_are_found_by_the_next()
    {
        var output = Output();
        Build(output, Salt, pack => Keep(pack, "a", "b", "c"));
        Assert.Equal([Path.Combine(output, PiecePack.RelativePath)], Directory.GetFiles(Path.GetDirectoryName(Path.Combine(output, PiecePack.RelativePath))!)); // the pending file became the pack

        Build(output, Salt, pack =>
        {
            foreach (var name in new[] { "a", "b", "c" }) Assert.Equal(Bytes(name), pack.Find(Key(name), Slot(name)));
            Assert.Null(pack.Find(Key("d"), Slot("d")));
        });
    }

    [Fact]
    public void A_pack_of_another_salt_or_a_forced_build_finds_nothing()
    {
        var output = Output();
        Build(output, Salt, pack => Keep(pack, "a"));

        Build(output, OtherSalt, pack => Assert.Null(pack.Find(Key("a"), Slot("a"))));
        Build(output, Salt, pack => Assert.Null(pack.Find(Key("a"), Slot("a"))), useStored: false);
    }

    [Fact]
    public void A_forced_build_replaces_the_pack_with_its_own_pieces()
    {
        var output = Output();
        Build(output, Salt, pack => Keep(pack, "a", "b"));
        Build(output, Salt, pack => Keep(pack, "b", "c"), useStored: false);

        Build(output, Salt, pack =>
        {
            Assert.Null(pack.Find(Key("a"), Slot("a")));
            Assert.Equal(Bytes("b"), pack.Find(Key("b"), Slot("b")));
            Assert.Equal(Bytes("c"), pack.Find(Key("c"), Slot("c")));
        });
    }

    [Fact]
    public void Appended_builds_keep_earlier_pieces_and_a_killed_append_leaves_the_last_pack_readable()
    {
        var output = Output();
        Build(output, Salt, pack => Keep(pack, "a", "b"));
        Build(output, Salt, pack => { Assert.NotNull(pack.Find(Key("a"), Slot("a"))); Keep(pack, "c"); });
        File.AppendAllText(Path.Combine(output, PiecePack.RelativePath), "half of an appended piece and no index");

        Build(output, Salt, pack =>
        {
            foreach (var name in new[] { "a", "b", "c" }) Assert.Equal(Bytes(name), pack.Find(Key(name), Slot(name)));
            Keep(pack, "d");
        });
        Build(output, Salt, pack => Assert.Equal(Bytes("d"), pack.Find(Key("d"), Slot("d"))));
    }

    [Fact]
    public void A_piece_replaced_in_its_slot_or_of_an_owner_that_is_gone_is_dropped()
    {
        var output = Output();
        Build(output, Salt, pack => Keep(pack, "a", "b", "c"));
        Build(output, Salt, pack =>
        {
            Assert.Null(pack.Find(Key("a2"), Slot("a"))); // a's article changed: its new piece takes the slot
            pack.Keep(Key("a2"), Slot("a"), Bytes("a2"));
            pack.Live(() => [Slot("a").Owner, Slot("b").Owner]); // c's article was deleted
        });

        Build(output, Salt, pack =>
        {
            Assert.Null(pack.Find(Key("a"), Slot("a")));
            Assert.Equal(Bytes("a2"), pack.Find(Key("a2"), Slot("a")));
            Assert.Equal(Bytes("b"), pack.Find(Key("b"), Slot("b")));
            Assert.Null(pack.Find(Key("c"), Slot("c")));
        });
    }

    [Theory]
    [InlineData("cut in half")]
    [InlineData("one byte of a piece changed")]
    [InlineData("one byte of the index changed")]
    [InlineData("header pointing nowhere")]
    [InlineData("not a pack")]
    [InlineData("empty")]
    public void A_damaged_pack_only_loses_pieces(string damage)
    {
        var output = Output();
        Build(output, Salt, pack => Keep(pack, "a", "b", "c"));
        var path = Path.Combine(output, PiecePack.RelativePath);
        var bytes = File.ReadAllBytes(path);
        var pieceAt = bytes.AsSpan().IndexOf(Bytes("b"));
        switch (damage)
        {
            case "cut in half": bytes = bytes[..(bytes.Length / 2)]; break;
            case "one byte of a piece changed": bytes[pieceAt + 3] ^= 0x20; break;
            case "one byte of the index changed": bytes[^40] ^= 0x01; break;
            case "header pointing nowhere": bytes[56] ^= 0x7F; break;
            case "not a pack": bytes = Encoding.UTF8.GetBytes("publisher-pieces but not really"); break;
            case "empty": bytes = []; break;
        }
        File.WriteAllBytes(path, bytes);

        Build(output, Salt, pack =>
        {
            foreach (var name in new[] { "a", "b", "c" })
            {
                var found = pack.Find(Key(name), Slot(name));
                Assert.True(found is null || found.AsSpan().SequenceEqual(Bytes(name)), $"{name} came back different");
            }
            Assert.Null(pack.Find(Key("b"), Slot("b")));
            pack.Keep(Key("b"), Slot("b"), Bytes("b"));
        });
        Build(output, Salt, pack => Assert.Equal(Bytes("b"), pack.Find(Key("b"), Slot("b")))); // made again, kept again
    }

    private static void Build(string output, byte[] salt, Action<PiecePack> use, bool useStored = true)
    {
        using var pack = new PiecePack(output, () => salt, useStored);
        use(pack);
        pack.Save();
    }

    private static void Keep(PiecePack pack, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.Null(pack.Find(Key(name), Slot(name)));
            pack.Keep(Key(name), Slot(name), Bytes(name));
            Assert.Equal(Bytes(name), pack.Find(Key(name), Slot(name))); // found by the same build's other books
        }
    }

    private static PieceKey Key(string name) => PieceKey.Read(SHA256.HashData(Encoding.UTF8.GetBytes("key " + name)));

    private static PieceSlot Slot(string name) => new(PieceSlot.BookOf(name), 7);

    private static byte[] Bytes(string name) => Encoding.UTF8.GetBytes($"the piece called {name}, " + new string('x', 200));

    private static string Output() => Directory.CreateTempSubdirectory("publisher-pack").FullName;
}
