using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The document's image XObjects, one per source however often it is shown, written as plain dictionaries (not
/// PDFsharp's XImage, whose PNG streams are deflate data in a zlib header without the Adler-32 trailer, see
/// <see cref="PdfFinisher"/>). A JPEG is passed through as <c>/DCTDecode</c> data; a PNG is decoded to 8-bit samples
/// whose streams are left unfiltered here and compressed as complete zlib by <see cref="PdfRewriter"/>, its alpha as a
/// grayscale <c>/SMask</c> image. Each page that shows an image names it <c>/Im1</c>, <c>/Im2</c> … (by first use in
/// the document) in its resources.
/// </summary>
internal sealed class ImageObjects(PdfDocument document)
{
    private readonly Dictionary<string, (PdfDictionary Image, string Name)> _images = new(StringComparer.Ordinal);

    /// <summary>The resource name of <paramref name="source"/>'s image on <paramref name="page"/>, made and put into the page's resources if needed.</summary>
    public string Use(PdfPage page, string source, PictureImage image)
    {
        if (!_images.TryGetValue(source, out var entry))
        {
            entry = (Create(image), "/Im" + (_images.Count + 1).ToString(CultureInfo.InvariantCulture));
            _images[source] = entry;
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

    private PdfDictionary Create(PictureImage image)
    {
        if (image.MediaType == "image/jpeg")
        {
            var header = JpegHeader.Read(image.Bytes.Span) ?? throw new InvalidDataException("not a JPEG file the typesetter reads");
            var jpeg = Image(header.Width, header.Height, header.Components switch { 1 => "/DeviceGray", 3 => "/DeviceRGB", _ => "/DeviceCMYK" },
                image.Bytes.ToArray());
            jpeg.Elements["/Filter"] = new PdfName("/DCTDecode");
            // Adobe's CMYK JPEGs store the inks inverted.
            if (header.Components == 4 && header.Adobe)
                jpeg.Elements["/Decode"] = new PdfLiteral("[1 0 1 0 1 0 1 0]");
            return jpeg;
        }
        var png = PngPixels.Decode(image.Bytes.Span) ?? throw new InvalidDataException("not a PNG file that decodes whole");
        var picture = Image(png.Width, png.Height, png.Colors == 3 ? "/DeviceRGB" : "/DeviceGray", png.Samples);
        if (png.Alpha is { } alpha) picture.Elements["/SMask"] = Image(png.Width, png.Height, "/DeviceGray", alpha).Reference!;
        return picture;
    }

    private PdfDictionary Image(int width, int height, string colorSpace, byte[] data)
    {
        var image = new PdfDictionary(document);
        document.Internals.AddObject(image);
        image.Elements["/Type"] = new PdfName("/XObject");
        image.Elements["/Subtype"] = new PdfName("/Image");
        image.Elements["/Width"] = new PdfInteger(width);
        image.Elements["/Height"] = new PdfInteger(height);
        image.Elements["/ColorSpace"] = new PdfName(colorSpace);
        image.Elements["/BitsPerComponent"] = new PdfInteger(8);
        image.CreateStream(data);
        return image;
    }
}
