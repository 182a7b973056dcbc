using System.Buffers.Binary;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// What a PDF image object needs to know of a JPEG passed through as DCT data: its pixel size and number of
/// components (1 gray, 3 colour, 4 CMYK; an Adobe APP14 marker says CMYK is stored inverted), from its frame header,
/// and the orientation its camera recorded (EXIF tag 0x0112: 1 as stored, 3 turned half way, 6 to be turned a quarter
/// clockwise, 8 a quarter anticlockwise; the mirrored ones, 2, 4, 5 and 7, are read as 1, 3, 8 and 6 are).
/// </summary>
internal readonly record struct JpegHeader(int Width, int Height, int Components, bool Adobe, int Orientation = 1)
{
    /// <summary>The header, or null when the bytes are no JPEG with an 8-bit frame of 1, 3 or 4 components.</summary>
    public static JpegHeader? Read(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) return null;
        var adobe = false;
        var orientation = 1;
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF) return null;
            var marker = jpeg[at + 1];
            if (marker == 0xFF) { at++; continue; }
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7) { at += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (marker == 0xE1 && length >= 8 && at + 2 + length <= jpeg.Length && jpeg.Slice(at + 4, Math.Min(6, length - 2)).SequenceEqual("Exif\0\0"u8))
                orientation = ExifOrientation(jpeg.Slice(at + 10, length - 8));
            if (marker == 0xEE && length >= 7 && at + 9 <= jpeg.Length && jpeg.Slice(at + 4, 5).SequenceEqual("Adobe"u8)) adobe = true;
            // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): a frame header (baseline, extended, progressive, lossless).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (at + 10 > jpeg.Length || jpeg[at + 4] != 8) return null;
                var height = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 7)..]);
                var components = jpeg[at + 9];
                return components is 1 or 3 or 4 && width > 0 && height > 0 ? new JpegHeader(width, height, components, adobe, orientation) : null;
            }
            if (marker == 0xDA) return null; // scan data before a frame header
            at += 2 + length;
        }
        return null;
    }

    /// <summary>The orientation tag of a TIFF structure's first directory (1 when it has none or it cannot be read).</summary>
    private static int ExifOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return 1;
        var little = tiff[0] == (byte)'I';
        int U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var directory = (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]));
        if (directory < 8 || directory + 2 > tiff.Length) return 1;
        var count = U16(tiff[directory..]);
        for (var i = 0; i < count; i++)
        {
            var entry = directory + 2 + i * 12;
            if (entry + 12 > tiff.Length) break;
            if (U16(tiff[entry..]) != 0x0112) continue;
            return U16(tiff[(entry + 8)..]) switch { 3 or 4 => 3, 6 or 7 => 6, 8 or 5 => 8, _ => 1 };
        }
        return 1;
    }
}
