using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Makes PDFsharp's output valid and reproducible.
/// <para>PDFsharp 6.2.4 writes FlateDecode streams as a zlib header plus raw deflate data but
/// without the Adler-32 trailer RFC 1950 requires; qpdf reports every such stream ("input stream
/// is complete but output may still be valid", exit 3). So we save uncompressed, reopen, compress
/// every stream with <see cref="ZLibStream"/> (complete zlib format) and save again uncompressed.</para>
/// <para>It also writes random values: GUIDs in the trailer /ID and the XMP packet, and six random
/// letters as font subset tags ("ABCDEF+Noto Serif"). The /ID is set from a hash of the content
/// (volatile parts masked), subset tags from that hash and the font's name, and the XMP uuids are
/// overwritten in place (same length) with ids from that hash.</para>
/// </summary>
internal static partial class PdfFinisher
{
    public static byte[] Finish(PdfDocument document, DateTime date)
    {
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        using var raw = new MemoryStream();
        document.Save(raw, false);
        var contentHash = SHA256.HashData(Mask(raw.ToArray()));

        raw.Position = 0;
        var reopened = PdfReader.Open(raw, PdfDocumentOpenMode.Modify);
        foreach (var item in reopened.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary) continue;
            RetagSubset(dictionary, "/BaseFont", contentHash);
            RetagSubset(dictionary, "/FontName", contentHash);
            if (dictionary.Stream is not { } stream) continue;
            if (dictionary.Elements.ContainsKey("/Filter") || dictionary.Elements.GetName("/Type") == "/Metadata") continue;
            var compressed = Compress(stream.Value);
            if (compressed.Length >= stream.Value.Length) continue;
            stream.Value = compressed;
            dictionary.Elements.SetName("/Filter", "/FlateDecode");
        }
        var id = Encoding.Latin1.GetString(contentHash, 0, 16);
        reopened.Internals.FirstDocumentID = id;
        reopened.Internals.SecondDocumentID = id;
        reopened.Info.ModificationDate = date;
        reopened.Options.NoCompression = true;
        reopened.Options.CompressContentStreams = false;
        using var output = new MemoryStream();
        reopened.Save(output, false);
        var bytes = output.ToArray();
        ReplaceUuids(bytes, contentHash);
        return bytes;
    }

    private static void RetagSubset(PdfDictionary dictionary, string key, byte[] contentHash)
    {
        if (dictionary.Elements.GetName(key) is not { Length: > 8 } name || name[7] != '+') return;
        var baseName = name[8..];
        var seed = SHA256.HashData([.. contentHash, .. Encoding.UTF8.GetBytes(baseName)]);
        var tag = new string(seed.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
        dictionary.Elements.SetName(key, "/" + tag + "+" + baseName);
    }

    private static byte[] Compress(byte[] data)
    {
        using var buffer = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }

    /// <summary>The bytes with the volatile ids blanked, for hashing.</summary>
    private static byte[] Mask(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = UuidPattern().Replace(text, "uuid:");
        text = TrailerIdPattern().Replace(text, "/ID[]");
        text = SubsetTagPattern().Replace(text, "/");
        return Encoding.Latin1.GetBytes(text);
    }

    private static void ReplaceUuids(byte[] pdf, byte[] hash)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var counter = 0;
        foreach (Match match in UuidPattern().Matches(text))
        {
            var seed = SHA256.HashData([.. hash, (byte)counter++]);
            var uuid = new Guid(seed.AsSpan(0, 16)).ToString("D");
            Encoding.ASCII.GetBytes("uuid:" + uuid).CopyTo(pdf, match.Index);
        }
    }

    [GeneratedRegex("/[A-Z]{6}\\+")]
    private static partial Regex SubsetTagPattern();

    [GeneratedRegex("uuid:[0-9a-fA-F-]{36}")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex TrailerIdPattern();
}
