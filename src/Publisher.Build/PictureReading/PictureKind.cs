namespace Publisher.Build.PictureReading;

/// <summary>What a picture file is, told by its first bytes (its magic number), never by its name's ending.</summary>
internal enum PictureKind { Unknown, Jpeg, Png, Gif, WebP, Bmp, Svg, HeifOrAvif }

internal static class PictureKinds
{
    public static PictureKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return PictureKind.Jpeg;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return PictureKind.Png;
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return PictureKind.Gif;
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return PictureKind.WebP;
        if (bytes.StartsWith("BM"u8) && bytes.Length >= 26) return PictureKind.Bmp;
        // ISO base media files (HEIC, AVIF): a box of type 'ftyp' first, its brand saying which.
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(bytes[8..12])) return PictureKind.HeifOrAvif;
        if (LooksLikeSvg(bytes)) return PictureKind.Svg;
        return PictureKind.Unknown;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("hevc"u8) || brand.SequenceEqual("heim"u8)
        || brand.SequenceEqual("heis"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8) || brand.SequenceEqual("avif"u8)
        || brand.SequenceEqual("avis"u8);

    /// <summary>Text that opens an <c>&lt;svg&gt;</c> element within its first kilobyte (after an XML declaration, comments, a doctype).</summary>
    private static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        head = head.TrimStart(" \t\r\n"u8);
        return head.StartsWith("<"u8) && head.IndexOf("<svg"u8) >= 0;
    }
}
