using System.Security.Cryptography;
using System.Text;

namespace Publisher.Epub.Books;

/// <summary>
/// A book's <c>dc:identifier</c>: a name-based UUID (RFC 9562 version 5, URL namespace) of the site's base URL
/// and the book key, so a book keeps its identifier from build to build and e-readers recognise new editions.
/// </summary>
public static class BookIdentity
{
    private static readonly byte[] UrlNamespace = Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray(bigEndian: true);

    public static Guid Of(Uri siteBaseUrl, string bookKey) => NameBased(siteBaseUrl.AbsoluteUri + "#" + bookKey);

    public static Guid NameBased(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[UrlNamespace.Length + nameBytes.Length];
        UrlNamespace.CopyTo(input, 0);
        nameBytes.CopyTo(input, UrlNamespace.Length);
        var hash = SHA1.HashData(input);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary><c>urn:uuid:…</c>, the form written to the package and the NCX.</summary>
    public static string Urn(Guid identifier) => "urn:uuid:" + identifier.ToString("D");
}
