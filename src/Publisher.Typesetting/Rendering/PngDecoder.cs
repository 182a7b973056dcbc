using System.Buffers.Binary;
using System.IO.Compression;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A PNG decoded for a PDF image object: 8-bit gray or RGB samples, row by row, and the alpha channel apart (an
/// image's /SMask) when any pixel is not opaque. Reads non-interlaced PNGs of every colour type and bit depth: palette
/// and gray below 8 bits are unpacked, 16 bits cut to their high byte, a palette's or a colour key's transparency (tRNS)
/// becomes alpha. Colour profiles and gamma are not applied.
/// </summary>
internal sealed record PngDecoder(int Width, int Height, int Colors, byte[] Samples, byte[]? Alpha)
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly record struct Header(int Width, int Height, int Depth, int ColorType, int Interlace);

    /// <summary>Why the bytes cannot be decoded here, or null when they can.</summary>
    public static string? Problem(ReadOnlySpan<byte> png)
    {
        if (ReadHeader(png) is not { } header) return "not a PNG file";
        if (header.Interlace != 0) return "interlaced PNG";
        var depthOk = header.ColorType switch
        {
            0 => header.Depth is 1 or 2 or 4 or 8 or 16,
            3 => header.Depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => header.Depth is 8 or 16,
            _ => false,
        };
        return depthOk && header.Width > 0 && header.Height > 0 ? null : "unknown PNG colour type or bit depth";
    }

    private static Header? ReadHeader(ReadOnlySpan<byte> png)
    {
        if (png.Length < 33 || !png[..8].SequenceEqual(Signature) || !png.Slice(12, 4).SequenceEqual("IHDR"u8)) return null;
        return new Header(BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]), png[24], png[25], png[28]);
    }

    public static PngDecoder Decode(ReadOnlySpan<byte> png)
    {
        if (Problem(png) is { } problem) throw new InvalidDataException(problem);
        var header = ReadHeader(png)!.Value;
        byte[] palette = [];
        byte[]? transparency = null;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[at..]);
            var type = png.Slice(at + 4, 4);
            var data = png.Slice(at + 8, length);
            if (type.SequenceEqual("PLTE"u8)) palette = data.ToArray();
            else if (type.SequenceEqual("tRNS"u8)) transparency = data.ToArray();
            else if (type.SequenceEqual("IDAT"u8)) compressed.Write(data);
            else if (type.SequenceEqual("IEND"u8)) break;
            at += 12 + length;
        }
        compressed.Position = 0;
        var channels = header.ColorType switch { 0 or 3 => 1, 2 => 3, 4 => 2, _ => 4 };
        var bitsPerPixel = channels * header.Depth;
        var stride = (header.Width * bitsPerPixel + 7) / 8;
        var raw = new byte[(stride + 1) * header.Height];
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.ReadExactly(raw);
        var rows = Unfilter(raw, stride, header.Height, Math.Max(1, bitsPerPixel / 8));
        return Split(header, rows, stride, palette, transparency);
    }

    /// <summary>Undoes each row's filter (None, Sub, Up, Average, Paeth) in place; returns the rows without their filter bytes.</summary>
    private static byte[] Unfilter(byte[] raw, int stride, int height, int bpp)
    {
        var rows = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = rows.AsSpan(y * stride, stride);
            var above = y > 0 ? rows.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = above[i], c = i >= bpp ? above[i - bpp] : 0;
                row[i] = (byte)(source[i] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }
        }
        return rows;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static PngDecoder Split(Header header, byte[] rows, int stride, byte[] palette, byte[]? transparency)
    {
        var (width, height, depth, type) = (header.Width, header.Height, header.Depth, header.ColorType);
        var colors = type is 2 or 3 or 6 ? 3 : 1;
        var channels = type switch { 0 or 3 => 1, 2 => 3, 4 => 2, _ => 4 };
        var samples = new byte[width * height * colors];
        var alpha = new byte[width * height];
        var translucent = false;
        var maximum = (1 << depth) - 1;
        for (var y = 0; y < height; y++)
        {
            var row = rows.AsSpan(y * stride, stride);
            for (var x = 0; x < width; x++)
            {
                var pixel = y * width + x;
                byte opacity = 255;
                if (depth < 8)
                {
                    var bit = x * depth;
                    var value = (row[bit / 8] >> (8 - depth - bit % 8)) & maximum;
                    if (type == 3) opacity = Indexed(value, palette, transparency, samples, pixel);
                    else
                    {
                        samples[pixel] = (byte)(value * 255 / maximum);
                        if (transparency is { Length: >= 2 } key && BinaryPrimitives.ReadUInt16BigEndian(key) == value) opacity = 0;
                    }
                }
                else if (type == 3) opacity = Indexed(row[x], palette, transparency, samples, pixel);
                else
                {
                    var size = depth / 8;
                    var start = x * channels * size;
                    for (var c = 0; c < colors; c++) samples[pixel * colors + c] = row[start + c * size];
                    if (channels is 2 or 4) opacity = row[start + colors * size];
                    else if (transparency is { } key && key.Length >= colors * 2)
                    {
                        var keyed = true;
                        for (var c = 0; c < colors && keyed; c++)
                            keyed = BinaryPrimitives.ReadUInt16BigEndian(key.AsSpan(c * 2)) ==
                                    (size == 2 ? BinaryPrimitives.ReadUInt16BigEndian(row[(start + c * size)..]) : row[start + c]);
                        if (keyed) opacity = 0;
                    }
                }
                alpha[pixel] = opacity;
                translucent |= opacity != 255;
            }
        }
        return new PngDecoder(width, height, colors, samples, translucent ? alpha : null);
    }

    private static byte Indexed(int index, byte[] palette, byte[]? transparency, byte[] samples, int pixel)
    {
        for (var c = 0; c < 3; c++) samples[pixel * 3 + c] = index * 3 + c < palette.Length ? palette[index * 3 + c] : (byte)0;
        return transparency is not null && index < transparency.Length ? transparency[index] : (byte)255;
    }
}
