using System.Globalization;
using Publisher.Core.Model;
using Publisher.Build.Pipeline;

namespace Publisher.Build.PictureReading;

/// <summary>
/// The pictures the last build kept byte for byte, by name (their bytes' hash) with their size in pixels, so a
/// rebuild reads and hashes an unchanged picture but does not decode it again, which is most of its cost. The name is
/// the proof: bytes that hash to a recorded name are the very bytes the last build decoded whole and found sound; any
/// other bytes (an edited, cut-short or replaced file) are decoded as on a first build. Pictures made upright or made
/// PNG are not recorded: their output bytes are not their file's. Kept as text, one picture a line, in the output folder.
/// </summary>
public sealed class KnownPictures
{
    public const string RelativePath = ".publisher/pictures.txt";

    private const string Header = "publisher pictures 1";

    private readonly Dictionary<string, (int Width, int Height)> _sizes;

    private KnownPictures(Dictionary<string, (int, int)> sizes) => _sizes = sizes;

    /// <summary>None known (a first build, or <c>--force</c>): every picture is decoded.</summary>
    public static KnownPictures None => new([]);

    /// <summary>The pictures of <paramref name="kept"/>, files a build kept as it read them.</summary>
    internal static KnownPictures Of(IEnumerable<PictureFile> kept) =>
        new(kept.DistinctBy(f => f.FileName, StringComparer.Ordinal).ToDictionary(f => f.FileName, f => (f.Width, f.Height), StringComparer.Ordinal));

    public int Count => _sizes.Count;

    /// <summary>The size the last build found for the picture named <paramref name="fileName"/>, if it kept it as it was.</summary>
    internal (int Width, int Height)? SizeOf(string fileName) => _sizes.TryGetValue(fileName, out var size) ? size : null;

    /// <summary>The record the last build left; none when it is missing, of another version or unreadable.</summary>
    public static KnownPictures Load(string outputDirectory)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(outputDirectory, RelativePath));
            if (lines is not [Header, ..]) return None;
            var sizes = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            foreach (var line in lines.Skip(1))
            {
                if (line.Split(' ') is [var name, var width, var height]
                    && int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                    && int.TryParse(height, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
                    && w > 0 && h > 0 && (long)w * h <= PictureDecoding.MaxPixels) // a size a decoded picture could have
                    sizes[name] = (w, h);
            }
            return new(sizes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return None;
        }
    }

    /// <summary>
    /// Writes the record for the next build, in name order: the same pictures give the same file, left as it is. A
    /// site without such pictures has none.
    /// </summary>
    public void Save(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, RelativePath);
        if (_sizes.Count == 0)
        {
            if (File.Exists(path)) File.Delete(path);
            return;
        }
        var lines = _sizes.Select(p => $"{p.Key} {p.Value.Width.ToString(CultureInfo.InvariantCulture)} {p.Value.Height.ToString(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal);
        AtomicFile.WriteIfChanged(path, s =>
        {
            using var writer = new StreamWriter(s, leaveOpen: true);
            writer.Write(string.Join('\n', [Header, .. lines]) + "\n");
        });
    }
}
