using System.Security.Cryptography;
using Publisher.Core.Model;
using SkiaSharp;

namespace Publisher.Build.PictureReading;

/// <summary>
/// A picture file's bytes to what outputs hold: every output can hold JPEG and PNG, so those are kept byte for byte
/// (what the photographer or the editor made is not recompressed), except a JPEG its camera recorded as turned
/// (EXIF orientation other than 1), which is turned upright and encoded again: readers of EPUBs and PDFs do not all
/// honour the tag. GIF (its first frame), WebP and BMP become PNG, which loses nothing. The whole picture is decoded
/// either way, so a damaged or cut-short file is found here, not in a reader's hands; unless the last build read the
/// same bytes (<see cref="KnownPictures"/>).
/// </summary>
internal static class PictureDecoding
{
    /// <summary>The most pixels a picture may have: decoding takes four bytes each.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The JPEG quality a turned photo is saved with: no visible loss, about the size a camera writes.</summary>
    public const int JpegQuality = 92;

    /// <param name="known">What the last build made of the pictures it read: a picture it read is not decoded again.</param>
    public static PictureOutcome Decode(string contentPath, byte[] bytes, KnownPictures known)
    {
        var kind = PictureKinds.Sniff(bytes);
        switch (kind)
        {
            case PictureKind.Svg: return PictureOutcome.Refused("is an SVG drawing; outputs hold JPEG and PNG pictures only (export it as PNG)");
            case PictureKind.HeifOrAvif: return PictureOutcome.Refused("is a HEIF or AVIF picture, which the build cannot read (save it as JPEG or PNG)");
            case PictureKind.Unknown: return PictureOutcome.Refused("is not a picture (its bytes are not JPEG, PNG, GIF, WebP or BMP)");
        }
        // The bytes' hash names a JPEG or PNG kept as it is, and finds a file the last build made of any picture.
        var hash = HashOf(bytes);
        var jpeg = kind == PictureKind.Jpeg;
        var keptName = kind is PictureKind.Jpeg or PictureKind.Png ? hash + Extension(jpeg) : null;
        if (keptName is not null && known.SizeOf(keptName) is var (knownWidth, knownHeight))
            return Kept(contentPath, keptName, bytes, jpeg, knownWidth, knownHeight);
        if (known.MadeOf(hash) is var (madeName, madeWidth, madeHeight, madeBytes))
            return new(FileOf(contentPath, madeName, madeBytes, madeName.EndsWith(".jpg", StringComparison.Ordinal), madeWidth, madeHeight), null, MadeFrom: hash);
        using var codec = SKCodec.Create(new MemoryStream(bytes, writable: false), out var opened);
        if (codec is null) return PictureOutcome.Refused($"cannot be decoded ({opened}): the file is damaged or cut short");
        var info = codec.Info;
        if ((long)info.Width * info.Height > MaxPixels)
            return PictureOutcome.Refused($"is {info.Width}×{info.Height} pixels, more than the {MaxPixels / 1_000_000} megapixels a picture may have");
        var target = info.WithColorType(SKColorType.Rgba8888).WithAlphaType(info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var bitmap = new SKBitmap(target);
        var decoded = codec.GetPixels(target, bitmap.GetPixels());
        if (decoded != SKCodecResult.Success) return PictureOutcome.Refused($"cannot be decoded whole ({decoded}): the file is damaged or cut short");

        var origin = kind == PictureKind.Jpeg ? codec.EncodedOrigin : SKEncodedOrigin.TopLeft;
        if (keptName is not null && origin == SKEncodedOrigin.TopLeft)
            return Kept(contentPath, keptName, bytes, jpeg, info.Width, info.Height);
        if (kind == PictureKind.Jpeg)
        {
            using var upright = Orientation.Upright(bitmap, origin);
            return Encode(upright, SKEncodedImageFormat.Jpeg, JpegQuality) is { } turned
                ? Made(contentPath, hash, turned, jpeg: true, upright.Width, upright.Height)
                : PictureOutcome.Refused("could not be saved upright as JPEG");
        }
        return Encode(bitmap, SKEncodedImageFormat.Png, 100) is { } png
            ? Made(contentPath, hash, png, jpeg: false, info.Width, info.Height)
            : PictureOutcome.Refused("could not be saved as PNG");
    }

    /// <summary>The bitmap encoded, or null where Skia could not encode it.</summary>
    private static byte[]? Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality);
        return data?.ToArray();
    }

    /// <summary>A file the build made (turned upright, or made PNG) of the file whose bytes hash to <paramref name="hash"/>, named by its new bytes' hash.</summary>
    private static PictureOutcome Made(string contentPath, string hash, byte[] bytes, bool jpeg, int width, int height) =>
        new(FileOf(contentPath, NameOf(bytes, jpeg), bytes, jpeg, width, height), null, MadeFrom: hash);

    /// <summary>The file as read, under <paramref name="name"/>, its bytes' name (<see cref="NameOf"/>).</summary>
    private static PictureOutcome Kept(string contentPath, string name, byte[] bytes, bool jpeg, int width, int height) =>
        new(FileOf(contentPath, name, bytes, jpeg, width, height), null, Kept: true);

    private static PictureFile FileOf(string contentPath, string name, byte[] bytes, bool jpeg, int width, int height) =>
        new(contentPath, name, jpeg ? "image/jpeg" : "image/png", width, height, bytes);

    /// <summary>A file's name in outputs, from its bytes' hash: the same picture gets the same name, a changed one another.</summary>
    internal static string NameOf(byte[] bytes, bool jpeg) => HashOf(bytes) + Extension(jpeg);

    /// <summary>The bytes' hash as a name says it: the first 16 hex digits of their SHA-256.</summary>
    internal static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    private static string Extension(bool jpeg) => jpeg ? ".jpg" : ".png";
}
