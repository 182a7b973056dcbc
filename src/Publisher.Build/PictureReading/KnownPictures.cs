using System.Globalization;
using Publisher.Build.Pipeline;
using Publisher.Core.Model;

namespace Publisher.Build.PictureReading;

/// <summary>
/// What the last build made of the pictures it read, so a rebuild reads and hashes an unchanged picture but does not
/// decode it again, which is most of its cost. A picture kept byte for byte is recorded by name (its bytes' hash) with
/// its size in pixels; a picture the build turned upright or made PNG is recorded by its file's hash with the name and
/// size of the file made of it, which is kept in <see cref="MadeFolder"/>: turning a phone's 12-megapixel photo takes a
/// few hundred milliseconds, every build. A hash is the proof: bytes that hash to a recorded name are the very bytes
/// the last build decoded whole and found sound, and a made file is taken only when its own bytes still hash to its
/// name; any other bytes (an edited, cut-short or replaced file) are decoded as on a first build. Kept as text, one
/// picture a line, in the output folder.
/// </summary>
public sealed class KnownPictures
{
    public const string RelativePath = ".publisher/pictures.txt";

    /// <summary>Where the files made of pictures are kept, by name, beside the record.</summary>
    public const string MadeFolder = ".publisher/pictures";

    /// <summary>
    /// The record's first line: its format, and the code that made its files (this assembly's build id and Skia's
    /// version), so a build of other code or with another Skia takes none of them, and no file made the old way (another
    /// JPEG quality, another encoder) stands in a build that would make it otherwise.
    /// </summary>
    private static readonly string Header = "publisher pictures 2 " + typeof(KnownPictures).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + " skia " + typeof(SkiaSharp.SKCodec).Assembly.GetName().Version;

    private readonly Dictionary<string, (int Width, int Height)> _kept;
    private readonly Dictionary<string, Made> _made;
    private readonly string? _outputDirectory;

    /// <summary>A file made of a picture: its name in outputs, its size, and its bytes once this build has them.</summary>
    private sealed record Made(string Name, int Width, int Height, ReadOnlyMemory<byte>? Bytes);

    private KnownPictures(Dictionary<string, (int, int)> kept, Dictionary<string, Made> made, string? outputDirectory) =>
        (_kept, _made, _outputDirectory) = (kept, made, outputDirectory);

    /// <summary>None known (a first build, or <c>--force</c>): every picture is decoded.</summary>
    public static KnownPictures None => new([], [], null);

    /// <summary>The pictures of <paramref name="outcomes"/>, as this build read them.</summary>
    /// <param name="outcomes">Each with the hash of the file read (<see cref="PictureDecoding.HashOf"/>) when a file was made of it.</param>
    internal static KnownPictures Of(IEnumerable<PictureOutcome> outcomes)
    {
        var kept = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var made = new Dictionary<string, Made>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome.File is not { } file) continue;
            if (outcome.Kept) kept.TryAdd(file.FileName, (file.Width, file.Height));
            else if (outcome.MadeFrom is { } hash) made.TryAdd(hash, new(file.FileName, file.Width, file.Height, file.Bytes));
        }
        return new(kept, made, null);
    }

    public int Count => _kept.Count + _made.Count;

    /// <summary>The size the last build found for the picture named <paramref name="fileName"/>, if it kept it as it was.</summary>
    internal (int Width, int Height)? SizeOf(string fileName) => _kept.TryGetValue(fileName, out var size) ? size : null;

    /// <summary>
    /// The file the last build made of the file whose bytes hash to <paramref name="hash"/>: its name, size and bytes,
    /// or null when it made none or its kept file is gone or no longer has the bytes named.
    /// </summary>
    internal (string Name, int Width, int Height, byte[] Bytes)? MadeOf(string hash)
    {
        if (_outputDirectory is null || !_made.TryGetValue(hash, out var made)) return null;
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(_outputDirectory, MadeFolder, made.Name));
            return PictureDecoding.NameOf(bytes, made.Name.EndsWith(".jpg", StringComparison.Ordinal)) == made.Name
                ? (made.Name, made.Width, made.Height, bytes)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The record the last build left; none when it is missing, of another version or unreadable.</summary>
    public static KnownPictures Load(string outputDirectory)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(outputDirectory, RelativePath));
            if (lines.Length == 0 || lines[0] != Header) return None;
            var kept = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            var made = new Dictionary<string, Made>(StringComparer.Ordinal);
            foreach (var line in lines.Skip(1))
            {
                switch (line.Split(' '))
                {
                    case ["kept", var name, var width, var height] when Size(width, height) is { } size:
                        kept[name] = size;
                        break;
                    case ["made", var hash, var name, var width, var height] when Size(width, height) is var (w, h) && IsFileName(name):
                        made[hash] = new(name, w, h, null);
                        break;
                }
            }
            return new(kept, made, outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return None;
        }
    }

    /// <summary>A size a decoded picture could have, or null.</summary>
    private static (int, int)? Size(string width, string height) =>
        int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var w)
        && int.TryParse(height, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
        && w > 0 && h > 0 && (long)w * h <= PictureDecoding.MaxPixels
            ? (w, h)
            : null;

    /// <summary>A name <see cref="PictureDecoding.NameOf"/> could give: the record never leads a read out of its folder.</summary>
    private static bool IsFileName(string name) =>
        name.Length == 20 && name[..16].All(char.IsAsciiHexDigitLower) && name[16..] is ".jpg" or ".png";

    /// <summary>
    /// Writes the record for the next build, in name order, and the files made of pictures beside it, removing those
    /// no longer made: the same pictures give the same files, left as they are. A site without pictures has none.
    /// </summary>
    public void Save(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, RelativePath);
        var folder = Path.Combine(outputDirectory, MadeFolder);
        foreach (var made in _made.Values.DistinctBy(m => m.Name, StringComparer.Ordinal))
        {
            var bytes = made.Bytes ?? throw new InvalidOperationException("a loaded record is not saved again");
            AtomicFile.WriteIfChanged(Path.Combine(folder, made.Name), s => s.Write(bytes.Span));
        }
        if (Directory.Exists(folder))
        {
            var names = _made.Values.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !names.Contains(Path.GetFileName(f))).ToList()) File.Delete(file);
            if (names.Count == 0) Directory.Delete(folder);
        }
        if (Count == 0)
        {
            if (File.Exists(path)) File.Delete(path);
            return;
        }
        var lines = _kept.Select(p => $"kept {p.Key} {Number(p.Value.Width)} {Number(p.Value.Height)}")
            .Concat(_made.Select(p => $"made {p.Key} {p.Value.Name} {Number(p.Value.Width)} {Number(p.Value.Height)}"))
            .Order(StringComparer.Ordinal);
        AtomicFile.WriteIfChanged(path, s =>
        {
            using var writer = new StreamWriter(s, leaveOpen: true);
            writer.Write(string.Join('\n', [Header, .. lines]) + "\n");
        });
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
