using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Model;

namespace Publisher.Epub.Container;

/// <summary>
/// Keeps deflated pieces (and what is needed to choose them) from one build for the next, so a book that is
/// written again renders only the articles that changed. The store decides as a whole whether its pieces still
/// fit this build's code, site and templates; a key decides which piece is which. A store never fails a build:
/// anything it cannot read back is simply not found.
/// </summary>
public interface IPieceStore
{
    /// <summary>The bytes kept under <paramref name="key"/> (by this build or an earlier one), or null.</summary>
    /// <param name="slot">What the key is for; a store drops older pieces for a slot once it is seen with a new key.</param>
    byte[]? Find(PieceKey key, PieceSlot slot);

    /// <summary>Keeps <paramref name="bytes"/> under <paramref name="key"/> for later finds in this build and for the next build.</summary>
    void Keep(PieceKey key, PieceSlot slot, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Says which owners (<see cref="PieceSlot.Owner"/>) this build has: pieces of any other owner (a deleted
    /// article or book) need not be kept. Worked out only if the store asks.
    /// </summary>
    void Live(Func<IEnumerable<ulong>> owners);
}

/// <summary>
/// What a stored piece is for: the article or book it belongs to (a hash of its identity) and which of its
/// pieces. When an article changes, its new piece takes the old one's slot, so the old one is not kept any longer.
/// </summary>
public readonly record struct PieceSlot(ulong Owner, ulong Variant)
{
    /// <summary>The owner of an article's pieces.</summary>
    public static ulong ArticleOf(ArticleId id) => OwnerOf("article/" + id);

    /// <summary>The owner of a book's own pieces (its cover), by the book's key (<c>week/2026-W46</c>, <c>tag/Verkehr</c>).</summary>
    public static ulong BookOf(string bookKey) => OwnerOf("book/" + bookKey);

    /// <summary>The first 64 bits of the SHA-256 of the identity.</summary>
    private static ulong OwnerOf(string identity)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
