using System.Buffers.Binary;
using SkiaSharp;

namespace Publisher.Build.Tests.PictureReading;

/// <summary>
/// Picture files made in the test: two colours side by side and a third in the top left corner, so every turn and flip
/// shows where they end up.
/// </summary>
internal static class TestPictures
{
    public static readonly SKColor Left = new(220, 20, 20), Right = new(20, 20, 220), Corner = new(20, 200, 20);

    /// <summary>
    /// A <paramref name="width"/>×<paramref name="height"/> picture, its left half <see cref="Left"/> but for its top left
    /// quarter's quarter (<see cref="Corner"/>), its right half <see cref="Right"/>; with <paramref name="colorSpace"/>
    /// its colour profile in the file.
    /// </summary>
    public static byte[] Encoded(int width, int height, SKEncodedImageFormat format, int quality = 95, SKColorSpace? colorSpace = null)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque, colorSpace));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Right);
            using var paint = new SKPaint { Color = Left };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
            paint.Color = Corner;
            canvas.DrawRect(0, 0, width / 4f, height / 4f, paint);
        }
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>
    /// A JPEG with an EXIF segment (APP1) right after its start that says how it is to be shown: the TIFF tag 274,
    /// Orientation, in a one-entry IFD.
    /// </summary>
    public static byte[] WithOrientation(byte[] jpeg, ushort orientation)
    {
        var tiff = new byte[26];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8); // the IFD follows the header
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1); // one entry
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0112); // Orientation
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 3); // SHORT
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), 1); // one value
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation); // in the entry itself; no next IFD
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        return [.. jpeg.AsSpan(0, 2), 0xFF, 0xE1, .. length, .. payload, .. jpeg.AsSpan(2)];
    }

    /// <summary>A 3×2 GIF (a 2-colour palette, the left column <see cref="Left"/>), written by hand: Skia writes no GIF.</summary>
    public static byte[] Gif()
    {
        // Header, screen 3×2 with a global table of 2 colours, one image of 3×2, LZW minimum code size 2. Pixels 0 1 1 / 0 1 1
        // as codes: clear (4), 0, 1, 1, 0, 1, 1, end (5); codes are 3 bits wide until the table reaches 8 entries, after
        // the fourth, then 4.
        (int Code, int Width)[] codes = [(4, 3), (0, 3), (1, 3), (1, 3), (0, 4), (1, 4), (1, 4), (5, 4)];
        var bits = 0UL;
        var used = 0;
        foreach (var (code, width) in codes)
        {
            bits |= (ulong)code << used;
            used += width;
        }
        var data = BitConverter.GetBytes(bits)[..((used + 7) / 8)];
        return
        [
            .. "GIF89a"u8, 3, 0, 2, 0, 0x80, 0, 0,
            Left.Red, Left.Green, Left.Blue, Right.Red, Right.Green, Right.Blue,
            0x2C, 0, 0, 0, 0, 3, 0, 2, 0, 0,
            2, (byte)data.Length, .. data, 0,
            0x3B,
        ];
    }

    /// <summary>The colour at a point of an encoded picture.</summary>
    public static SKColor PixelAt(ReadOnlyMemory<byte> encoded, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(encoded.ToArray());
        return bitmap.GetPixel(x, y);
    }

    /// <summary>Whether two colours are alike within a JPEG's loss.</summary>
    public static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) < 40 && Math.Abs(a.Green - b.Green) < 40 && Math.Abs(a.Blue - b.Blue) < 40;
}
