using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Makes PDFsharp's output valid and reproducible.
/// <para>PDFsharp 6.2.4 writes FlateDecode streams as a zlib header plus raw deflate data without
/// the Adler-32 trailer RFC 1950 requires (its FlateDecode.Encode wraps a DeflateStream after
/// writing 0x78 0xDA by hand); qpdf reports every such stream ("input stream is complete but output
/// may still be valid", exit 3). So the document is saved uncompressed and <see cref="PdfRewriter"/>
/// compresses every stream with <see cref="ZLibStream"/> (complete zlib format).</para>
/// <para>PDFsharp also writes random values: GUIDs in the trailer /ID and the XMP packet, and six
/// random letters as font subset tags ("ABCDEF+Noto Serif"). All are replaced by values derived
/// from a hash of the content with those parts masked, so the same content gives the same bytes.</para>
/// </summary>
internal static class PdfFinisher
{
    [ThreadStatic] private static MemoryStream? RawScratch;

    public static byte[] Finish(RenderedPdf rendered, bool useAllCores)
    {
        var document = rendered.Document;
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        var raw = ScratchStream.Take(ref RawScratch);
        try
        {
            document.Save(raw, false);
            return PdfRewriter.Rewrite(raw.GetBuffer(), (int)raw.Length, rendered, useAllCores);
        }
        finally
        {
            ScratchStream.Return(ref RawScratch, raw);
        }
    }

    [ThreadStatic] private static MemoryStream? CompressScratch;

    /// <summary>Complete zlib data (header, deflate, Adler-32) of <paramref name="data"/>, through a per-thread buffer.</summary>
    internal static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var buffer = ScratchStream.Take(ref CompressScratch);
        try
        {
            using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
                zlib.Write(data);
            return buffer.ToArray();
        }
        finally
        {
            ScratchStream.Return(ref CompressScratch, buffer);
        }
    }

    internal static string SubsetTag(byte[] contentHash, string baseName)
    {
        var seed = SHA256.HashData([.. contentHash, .. Encoding.UTF8.GetBytes(baseName)]);
        return new string(seed.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    internal static string Uuid(byte[] contentHash, int index) =>
        new Guid(SHA256.HashData([.. contentHash, (byte)index]).AsSpan(0, 16)).ToString("D");
}
