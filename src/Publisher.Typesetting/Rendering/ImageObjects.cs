using System.Globalization;
using System.Security.Cryptography;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The document's image XObjects, one per source and size however often it is shown, written as plain dictionaries
/// (not PDFsharp's XImage, whose PNG streams are deflate data in a zlib header without the Adler-32 trailer, see
/// <see cref="PdfFinisher"/>). A JPEG is passed through as <c>/DCTDecode</c> data, unless it is a colour one with more
/// than <see cref="JpegShrinksAbove"/> times the pixels <see cref="PixelsPerPoint"/> of its box asks for (a phone's photo
/// a column wide), which is made that small and encoded again (<see cref="JpegShrinking"/>); a PNG is decoded to 8-bit
/// samples, shrunk to <see cref="PixelsPerPoint"/> of the box it is drawn in when it has more (a 40-megapixel
/// screenshot shown a column wide would otherwise weigh a hundred megabytes), whose
/// streams are left unfiltered here and compressed as complete zlib by <see cref="PdfRewriter"/>, its alpha as a
/// grayscale <c>/SMask</c> image. A picture's colour profile becomes its <c>/ICCBased</c> colour space
/// (<see cref="ColorProfile"/>). Each page that shows an image names it <c>/Im1</c>, <c>/Im2</c> … (by first use in
/// the document) in its resources.
/// </summary>
internal sealed class ImageObjects(PdfDocument document)
{
    /// <summary>The most pixels a picture keeps a point of the box it is drawn in (a JPEG only when far over, <see cref="KeptSize"/>): 300 dpi, what print asks for.</summary>
    public const double PixelsPerPoint = 300.0 / 72;

    private readonly Dictionary<(string Source, int Width, int Height), (PdfDictionary Image, string Name)> _images = new();

    /// <summary>The colour profiles' streams, one per profile however many pictures carry it (a phone's photos share theirs).</summary>
    private readonly Dictionary<string, PdfDictionary> _profiles = new(StringComparer.Ordinal);

    /// <summary>
    /// The resource name on <paramref name="page"/> of <paramref name="source"/>'s image drawn
    /// <paramref name="width"/>×<paramref name="height"/> points, made and put into the page's resources if needed.
    /// </summary>
    public string Use(PdfPage page, string source, PictureImage image, double width, double height)
    {
        var (pixelWidth, pixelHeight) = KeptSize(image, width, height);
        if (!_images.TryGetValue((source, pixelWidth, pixelHeight), out var entry))
        {
            entry = (Create(image, pixelWidth, pixelHeight), "/Im" + (_images.Count + 1).ToString(CultureInfo.InvariantCulture));
            _images[(source, pixelWidth, pixelHeight)] = entry;
        }
        var resources = page.Resources.Elements;
        if (resources.GetDictionary("/XObject") is not { } xobjects)
        {
            xobjects = new PdfDictionary(document);
            resources["/XObject"] = xobjects;
        }
        xobjects.Elements[entry.Name] = entry.Image.Reference!;
        return entry.Name;
    }

    /// <summary>
    /// A JPEG is encoded again, smaller, only when it has more than this share of the pixels it keeps across: below that
    /// the bytes saved are not worth a second generation of loss.
    /// </summary>
    public const double JpegShrinksAbove = 1.5;

    /// <summary>
    /// The pixels <paramref name="image"/> keeps drawn in a box of that many points, its aspect ratio kept: at most
    /// <see cref="PixelsPerPoint"/> a point for a PNG, and for a colour JPEG with more than <see cref="JpegShrinksAbove"/>
    /// times that; any other JPEG all it has.
    /// </summary>
    public static (int Width, int Height) KeptSize(PictureImage image, double width, double height)
    {
        var scale = Math.Min(width * PixelsPerPoint / image.Width, height * PixelsPerPoint / image.Height);
        if (scale >= 1) return (image.Width, image.Height);
        if (image.MediaType == "image/jpeg" && (scale * JpegShrinksAbove >= 1 || JpegHeader.Read(image.Bytes.Span) is not { Components: 3 }))
            return (image.Width, image.Height);
        return (Math.Max(1, (int)Math.Ceiling(image.Width * scale - 1e-9)), Math.Max(1, (int)Math.Ceiling(image.Height * scale - 1e-9)));
    }

    private PdfDictionary Create(PictureImage image, int pixelWidth, int pixelHeight)
    {
        if (image.MediaType == "image/jpeg")
        {
            var header = JpegHeader.Read(image.Bytes.Span) ?? throw new InvalidDataException("not a JPEG file the typesetter reads");
            // One Skia cannot decode whole (the build decodes every picture first, so not from a build) is kept as it is.
            var smaller = (pixelWidth, pixelHeight) != (header.Width, header.Height) ? JpegShrinking.Shrink(image.Bytes.Span, pixelWidth, pixelHeight) : null;
            var bytes = smaller ?? image.Bytes.ToArray();
            var stored = smaller is null ? header : JpegHeader.Read(smaller) ?? throw new InvalidDataException("Skia wrote a JPEG the typesetter does not read");
            // The profile is the original's: the samples were not converted.
            var jpeg = Image(stored.Width, stored.Height, ColorSpace(stored.Components, header.Profile), bytes);
            jpeg.Elements["/Filter"] = new PdfName("/DCTDecode");
            // Adobe's CMYK JPEGs store the inks inverted (never shrunk: only colour ones are).
            if (header.Components == 4 && header.Adobe)
                jpeg.Elements["/Decode"] = new PdfLiteral("[1 0 1 0 1 0 1 0]");
            return jpeg;
        }
        // A gray picture with an RGB profile stays RGB: its greys are the profile's, which need not be the device's.
        var profile = ColorProfile.OfPng(image.Bytes.Span);
        var png = PngPixels.Decode(image.Bytes.Span, pixelWidth, pixelHeight, rgb: profile is not null && ColorProfile.Components(profile) == 3)
            ?? throw new InvalidDataException("not a PNG file that decodes whole");
        var picture = Image(png.Width, png.Height, ColorSpace(png.Colors, profile), png.Samples);
        if (png.Alpha is { } alpha) picture.Elements["/SMask"] = Image(png.Width, png.Height, new PdfName("/DeviceGray"), alpha).Reference!;
        return picture;
    }

    /// <summary>
    /// The colour space of an image of <paramref name="components"/> components: its profile's <c>[/ICCBased …]</c>
    /// when it carries one for that many, with the device space as the alternate; else the device space.
    /// </summary>
    private PdfItem ColorSpace(int components, byte[]? profile)
    {
        var device = new PdfName(components switch { 1 => "/DeviceGray", 3 => "/DeviceRGB", _ => "/DeviceCMYK" });
        if (profile is null || ColorProfile.Components(profile) != components) return device;
        var key = Convert.ToHexString(SHA256.HashData(profile));
        if (!_profiles.TryGetValue(key, out var stream))
        {
            stream = new PdfDictionary(document);
            document.Internals.AddObject(stream);
            stream.Elements["/N"] = new PdfInteger(components);
            stream.Elements["/Alternate"] = device;
            stream.CreateStream(profile);
            _profiles[key] = stream;
        }
        var space = new PdfArray(document);
        space.Elements.Add(new PdfName("/ICCBased"));
        space.Elements.Add(stream.Reference!);
        return space;
    }

    private PdfDictionary Image(int width, int height, PdfItem colorSpace, byte[] data)
    {
        var image = new PdfDictionary(document);
        document.Internals.AddObject(image);
        image.Elements["/Type"] = new PdfName("/XObject");
        image.Elements["/Subtype"] = new PdfName("/Image");
        image.Elements["/Width"] = new PdfInteger(width);
        image.Elements["/Height"] = new PdfInteger(height);
        image.Elements["/ColorSpace"] = colorSpace;
        image.Elements["/BitsPerComponent"] = new PdfInteger(8);
        image.CreateStream(data);
        return image;
    }
}
