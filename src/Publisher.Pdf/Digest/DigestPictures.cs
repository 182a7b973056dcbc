using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Templating;
using Publisher.Typesetting.Document;

namespace Publisher.Pdf.Digest;

/// <summary>
/// How a digest shows pictures: a picture of the content folder whose file the build read is written into the markup
/// as <c>pictures/{FileName}</c> (its bytes' hash, so a name says nothing the article did not), and the typesetter's
/// resolver maps that name back to the file's bytes. A remote picture, or one whose file could not be used, has no
/// link: the template sets its alt text and caption (a build fetches nothing from the network).
/// </summary>
public static class DigestPictures
{
    public const string Folder = "pictures/";

    /// <summary>The markup's name for <paramref name="file"/>.</summary>
    public static string Src(PictureFile file) => Folder + file.FileName;

    /// <summary>The link a digest's view gives <paramref name="picture"/>, null for none (its alt text is set).</summary>
    public static PictureLink? Link(Corpus corpus, Picture picture) => PictureLink.ToFile(corpus.Pictures, picture, Src);

    /// <summary>
    /// The typesetter's resolver for the pictures <paramref name="files"/> (a week's): a name from <see cref="Src"/> to
    /// its image, which the build has decoded whole (so the typesetter does not again to check it).
    /// </summary>
    public static Func<string, PictureImage?> Resolver(IEnumerable<PictureFile> files)
    {
        var images = new Dictionary<string, PictureImage>(StringComparer.Ordinal);
        foreach (var file in files) images.TryAdd(Src(file), new PictureImage(file.Bytes, file.MediaType, file.Width, file.Height) { DecodedBefore = true });
        return src => images.GetValueOrDefault(src);
    }
}
