using System.Buffers.Binary;
using System.IO.Compression;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The ICC colour profile a picture carries (a phone's Display P3, a scan's Adobe RGB), so its image object keeps
/// the colours it was taken in: <c>[/ICCBased …]</c> instead of <c>/DeviceRGB</c>, which viewers show as sRGB, dull
/// and shifted for a wide-gamut photo. JPEG keeps it in APP2 segments (<c>ICC_PROFILE</c>, in numbered pieces), PNG in
/// its <c>iCCP</c> chunk (deflated). A profile is used only when it is whole and for as many components as the image
/// has: a gray image drawn from an RGB photo, or a damaged profile, keeps the device colour space.
/// </summary>
internal static class ColorProfile
{
    /// <summary>The most a profile may inflate to: real ones are a few hundred bytes to some hundred kilobytes.</summary>
    private const int MaxLength = 4 << 20;

    /// <summary>
    /// The number of components <paramref name="profile"/> is for (1 gray, 3 RGB, 4 CMYK), or 0 when it is no whole ICC
    /// profile, or none a PDF colour space can name: only an input, display, output or colour space profile of ICC
    /// version 4 or earlier describes colours (a device link or an abstract profile maps one space to another).
    /// </summary>
    public static int Components(ReadOnlySpan<byte> profile)
    {
        if (profile.Length < 128 || BinaryPrimitives.ReadUInt32BigEndian(profile) != profile.Length || !profile.Slice(36, 4).SequenceEqual("acsp"u8))
            return 0;
        var deviceClass = profile.Slice(12, 4);
        if (profile[8] > 4 || !(deviceClass.SequenceEqual("scnr"u8) || deviceClass.SequenceEqual("mntr"u8) || deviceClass.SequenceEqual("prtr"u8)
                || deviceClass.SequenceEqual("spac"u8)))
            return 0;
        var space = profile.Slice(16, 4);
        return space.SequenceEqual("GRAY"u8) ? 1 : space.SequenceEqual("RGB "u8) ? 3 : space.SequenceEqual("CMYK"u8) ? 4 : 0;
    }

    /// <summary>
    /// The pieces of a JPEG's profile, from its APP2 <c>ICC_PROFILE</c> segments (<see cref="JpegHeader"/> finds them),
    /// put together in their numbered order.
    /// </summary>
    public sealed class JpegPieces
    {
        private readonly SortedDictionary<int, byte[]> _pieces = [];
        private int _count;
        private bool _broken;

        /// <summary>Takes <paramref name="segment"/> (an APP2 segment's data) when it is a piece of the profile.</summary>
        public void Add(ReadOnlySpan<byte> segment)
        {
            if (segment.Length <= 14 || !segment[..12].SequenceEqual("ICC_PROFILE\0"u8)) return;
            int number = segment[12], total = segment[13];
            if (number == 0 || number > total || (_count != 0 && total != _count) || !_pieces.TryAdd(number, segment[14..].ToArray())) _broken = true;
            _count = total;
        }

        /// <summary>The profile; null when there is none, or a piece is missing, repeated or numbered beyond the count.</summary>
        public byte[]? Profile()
        {
            if (_broken || _count == 0 || _pieces.Count != _count || _pieces.Values.Sum(p => (long)p.Length) > MaxLength) return null;
            return [.. _pieces.Values.SelectMany(p => p)];
        }
    }

    /// <summary>A PNG's profile from its <c>iCCP</c> chunk before the image data, inflated; null when it has none or it does not inflate.</summary>
    public static byte[]? OfPng(ReadOnlySpan<byte> png)
    {
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[at..]);
            if (length < 0 || at + 12L + length > png.Length) return null;
            var type = png.Slice(at + 4, 4);
            if (type.SequenceEqual("IDAT"u8)) return null;
            if (type.SequenceEqual("iCCP"u8)) return Inflate(png.Slice(at + 8, length));
            at += 12 + length;
        }
        return null;
    }

    /// <summary>The chunk's profile: after its name (1 to 79 bytes) and a zero, compression method 0 and the zlib data.</summary>
    private static byte[]? Inflate(ReadOnlySpan<byte> chunk)
    {
        var name = chunk.IndexOf((byte)0);
        if (name is < 1 or > 79 || chunk.Length < name + 3 || chunk[name + 1] != 0) return null;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(chunk[(name + 2)..].ToArray()), CompressionMode.Decompress);
            using var profile = new MemoryStream();
            var buffer = new byte[16384];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                if (profile.Length + read > MaxLength) return null;
                profile.Write(buffer, 0, read);
            }
            return profile.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
