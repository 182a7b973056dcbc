using System.Security.Cryptography;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using SkiaSharp;

namespace Publisher.Epub.Tests.Support;

/// <summary>
/// A week of four German articles showing pictures, with the picture files a build would have read (real PNG and JPEG
/// bytes, drawn here, as the parser's side is not needed to test books): tag <c>Bilder</c> holds two articles that
/// both show <see cref="House"/>, every picture described; the issue also holds a remote picture, a missing file and
/// an undescribed picture (<see cref="Street"/>, tag <c>Ohne</c>).
/// </summary>
internal static class PictureCorpus
{
    public static readonly PictureFile House = Png("bilder/haus.png", 64, 48, SKColors.DarkRed);
    public static readonly PictureFile Tree = Jpeg("bilder/baum.jpg", 40, 60, SKColors.ForestGreen);
    public static readonly PictureFile Street = Png("bilder/strasse.png", 50, 30, SKColors.SlateGray);

    public const string RemoteSource = "https://bilder.example/fern.png";

    public static Picture HousePicture => new(House.ContentPath, "Ein rotes Haus") { Caption = [new TextRun("Das Haus, 1920")] };

    /// <param name="street">The file the undescribed picture shows (another's bytes: a picture edited since).</param>
    public static Corpus Create(PictureFile? street = null)
    {
        street ??= Street;
        var articles = GeneratedArticles.Create(4, seed: 11, weeks: 1).Select(a => a with { Language = "de" }).ToList();
        articles[0] = Show(articles[0], ["Bilder"], HousePicture);
        articles[1] = Show(articles[1], ["Bilder"],
            new Quote([new Paragraph([new TextRun("Zitat.")]), HousePicture]),
            new Picture(Tree.ContentPath, "Ein Baum im Hof"));
        articles[2] = Show(articles[2], [],
            new Picture(RemoteSource, "Ein fernes Bild") { Caption = [new TextRun("Von anderswo")] },
            new Picture("bilder/fehlt.png", "Ein fehlendes Bild"));
        articles[3] = Show(articles[3], ["Ohne"], new Picture(street.ContentPath, ""));
        return Corpus.Create(GeneratedArticles.Site, articles, new PictureFiles([House, Tree, street]));
    }

    public static PictureFile Png(string path, int width, int height, SKColor color) =>
        File(path, Encode(width, height, color, SKEncodedImageFormat.Png), ".png", "image/png", width, height);

    public static PictureFile Jpeg(string path, int width, int height, SKColor color) =>
        File(path, Encode(width, height, color, SKEncodedImageFormat.Jpeg), ".jpg", "image/jpeg", width, height);

    private static Article Show(Article article, string[] tags, params Block[] pictures) =>
        article with { Tags = [.. tags], Body = [article.Body[0], .. pictures, .. article.Body[1..]] };

    private static byte[] Encode(int width, int height, SKColor color, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Named as the build names a picture: the first 16 hex digits of its bytes' SHA-256 and its type's extension.</summary>
    private static PictureFile File(string path, byte[] bytes, string extension, string mediaType, int width, int height) =>
        new(path, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + extension, mediaType, width, height, bytes);
}
