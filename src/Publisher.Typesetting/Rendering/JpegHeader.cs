using System.Buffers.Binary;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// What a PDF image object needs to know of a JPEG passed through as DCT data: its pixel size and number of
/// components (1 gray, 3 colour, 4 CMYK; an Adobe APP14 marker says CMYK is stored inverted), from its frame header,
/// and the colour profile its APP2 segments before it carry (<see cref="ColorProfile"/>), if any.
/// </summary>
internal readonly record struct JpegHeader(int Width, int Height, int Components, bool Adobe, byte[]? Profile)
{
    /// <summary>The header, or null when the bytes are no JPEG with an 8-bit Huffman-coded frame of 1, 3 or 4 components.</summary>
    public static JpegHeader? Read(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) return null;
        var adobe = false;
        var profile = new ColorProfile.JpegPieces();
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF) return null;
            var marker = jpeg[at + 1];
            if (marker == 0xFF) { at++; continue; }
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7) { at += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (marker == 0xEE && length >= 7 && at + 9 <= jpeg.Length && jpeg.Slice(at + 4, 5).SequenceEqual("Adobe"u8)) adobe = true;
            if (marker == 0xE2 && length >= 2 && at + 2 + length <= jpeg.Length) profile.Add(jpeg.Slice(at + 4, length - 2));
            // SOF3, SOF5–7, SOF9–11, SOF13–15: lossless, hierarchical or arithmetic-coded frames, which PDF viewers' DCT
            // decoders need not read (a blank box where the picture should be): not passed through.
            if (marker is 0xC3 or >= 0xC5 and <= 0xC7 or >= 0xC9 and <= 0xCB or >= 0xCD and <= 0xCF) return null;
            // SOF0–SOF2: a baseline, extended or progressive Huffman-coded frame.
            if (marker is >= 0xC0 and <= 0xC2)
            {
                if (at + 10 > jpeg.Length || jpeg[at + 4] != 8) return null;
                var height = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 7)..]);
                var components = jpeg[at + 9];
                return components is 1 or 3 or 4 && width > 0 && height > 0 ? new JpegHeader(width, height, components, adobe, profile.Profile()) : null;
            }
            if (marker == 0xDA) return null; // scan data before a frame header
            at += 2 + length;
        }
        return null;
    }
}
