using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Enumeration;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// Reads every article file under a content folder (sub-folders too) with the parser for its ending.
/// Skipped: <c>site.yml</c>, <c>README.md</c>, hidden files and folders, and the site's assets (pictures, style sheets,
/// fonts and the like: <see cref="SiteAssets"/>). Other endings get a warning.
/// Files are parsed in parallel and returned in path order; a duplicate id is an error naming both files. Links between
/// content files are resolved once every id is known (<see cref="ContentLinks"/>). A file or folder that cannot be read is
/// an error, and is named in <see cref="ContentLoad.Unreadable"/>: what it holds is unknown, so a caller can refuse to
/// publish outputs made without it.
/// A file whose stamp (length, write and change time, inode: <see cref="FileStamp"/>) equals that of a previous result is
/// not read again: that result and its diagnostics are reused.
/// </summary>
public sealed class ContentLoader(IReadOnlyList<IArticleParser> parsers)
{
    /// <summary>Folders inside the content folder that hold no content (the output folder, a templates folder): not read.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>
    /// Called with each folder's full path before it is listed; tests make it throw as a folder that cannot be read does
    /// (running as root, they cannot make one).
    /// </summary>
    internal Action<string>? ListingFolder { get; init; }

    public ImmutableArray<Article> Load(string contentDirectory, Site site, DiagnosticBag diagnostics) =>
        Load(contentDirectory, site, diagnostics, previous: null).Articles;

    public ContentLoad Load(string contentDirectory, Site site, DiagnosticBag diagnostics, IReadOnlyDictionary<string, ParsedFile>? previous) =>
        Load(contentDirectory, site, diagnostics, () => previous);

    /// <param name="previousOnceListed">
    /// The previous results, asked for once the folder is listed: a caller can read them meanwhile.
    /// </param>
    public ContentLoad Load(string contentDirectory, Site site, DiagnosticBag diagnostics, Func<IReadOnlyDictionary<string, ParsedFile>?> previousOnceListed)
    {
        var unreadable = new ConcurrentQueue<string>();
        var files = ListFiles(contentDirectory, diagnostics, unreadable);
        var previous = previousOnceListed();
        var parsed = new ParsedFile?[files.Count];
        var reused = 0;
        // Each file's stamp is taken by the thread that reads it: the listing itself asks the file system for names only.
        // A file the previous build read is stat'ed by path and opened only when it changed; any other file is opened
        // at once and stamped through its handle.
        ParallelFiles.For(files.Count, i =>
        {
            var (relative, parser) = files[i];
            FileStamp? stamp = null;
            // A file that cannot be stat'ed is opened all the same: that says what is wrong with it.
            if (previous is not null && previous.TryGetValue(relative, out var earlier) && StampOrNull(contentDirectory, relative) is { } current)
            {
                if (earlier.Stamp == current)
                {
                    parsed[i] = earlier;
                    Interlocked.Increment(ref reused);
                    return;
                }
                stamp = current;
            }
            parsed[i] = Parse(contentDirectory, relative, stamp, parser, site, diagnostics, out var unread);
            if (unread) unreadable.Enqueue(relative);
        });
        var kept = parsed.OfType<ParsedFile>().ToImmutableArray();
        foreach (var file in kept) diagnostics.AddRange(file.Diagnostics);
        var articles = UniqueIds.Assign(kept.Select(f => f.Article).OfType<Article>(), site.TimeZone, diagnostics);
        return new ContentLoad(kept, ContentLinks.Resolve(articles, kept, site, IsArticleFile, diagnostics), reused)
        {
            Unreadable = [.. unreadable.Order(StringComparer.Ordinal)],
        };
    }

    private static FileStamp? StampOrNull(string root, string relative)
    {
        try
        {
            return FileStamp.Of(Path.Combine(root, relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <param name="stamp">The file's stamp if already taken, else null: it is taken from the opened file.</param>
    /// <param name="unreadable">Whether the file could not be read (an error says why); not for what is no file to read (a FIFO).</param>
    private static ParsedFile? Parse(string root, string relative, FileStamp? stamp, IArticleParser parser, Site site, DiagnosticBag diagnostics, out bool unreadable)
    {
        unreadable = false;
        byte[] buffer;
        int length;
        FileStamp taken;
        var path = Path.Combine(root, relative);
        if (FileKinds.Of(path) is var kind && WhyNotRead(kind, path) is { } why)
        {
            if (kind == FileKind.Other) diagnostics.Warning(relative, 0, $"{why}; skipped");
            else diagnostics.Error(relative, 0, $"cannot read file: {why}");
            unreadable = kind != FileKind.Other;
            return null;
        }
        try
        {
            (buffer, length, taken) = ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(relative, 0, $"cannot read file: {e.Message}");
            unreadable = true;
            return null;
        }
        try
        {
            var own = new DiagnosticBag();
            var context = new ParseContext(relative, own, site.Language, site.TimeZone, site.BaseUrl) { SmartPunctuation = site.SmartPunctuation };
            var article = parser.Parse(buffer.AsSpan(0, length), context);
            // Body, links and the rest kept encoded for the rest of the build (a fifth of the memory); writers decode what they use.
            return new ParsedFile(relative, stamp ?? taken, article?.WithEncodedContent(), [.. own.Sorted()])
            {
                RelativeLinks = article is null ? [] : [.. context.RelativeLinks],
            };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Why a path of this kind is not opened, or null for a file to read (and for one whose kind could not be told: opening
    /// it says what is wrong). Only regular files are opened: a FIFO would wait for a writer forever, a device never end.
    /// </summary>
    public static string? WhyNotRead(FileKind kind, string path) => kind switch
    {
        FileKind.Other => "not a regular file (a FIFO, socket or device)",
        FileKind.Folder => "it is a folder, not a file",
        FileKind.DanglingLink => $"it is a symbolic link to '{new FileInfo(path).LinkTarget}', which does not exist",
        _ => null,
    };

    /// <summary>
    /// The file's bytes in a pooled buffer (return it), as <see cref="File.ReadAllBytes"/> reads them, and its stamp
    /// as the opened file tells it (no second look-up of the path).
    /// </summary>
    private static (byte[] Buffer, int Length, FileStamp Stamp) ReadFile(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var stamp = FileStamp.Of(handle);
        var length = stamp.Length;
        if (length is 0 or > int.MaxValue)
        {
            // Files that report no length (or too much of it): leave them to ReadAllBytes and its errors.
            var bytes = File.ReadAllBytes(path);
            var copy = ArrayPool<byte>.Shared.Rent(bytes.Length);
            bytes.CopyTo(copy, 0);
            return (copy, bytes.Length, stamp);
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read);
            if (n == 0) throw new EndOfStreamException("the file got shorter while it was read");
            read += n;
        }
        return (buffer, read, stamp);
    }

    /// <summary>
    /// The article files below <paramref name="root"/> with their parsers, in path order; names only, no file is opened or
    /// stat'ed. <see cref="Excluded"/> folders are left out, and so are folders that are symbolic links, with a warning: one
    /// can lead back to where it is (a loop), or to files read twice under two names. A folder that cannot be listed is an
    /// error naming it, as a file that cannot be read is, and goes to <paramref name="unreadable"/>.
    /// </summary>
    private List<(string Relative, IArticleParser Parser)> ListFiles(string root, DiagnosticBag diagnostics, ConcurrentQueue<string> unreadable)
    {
        var result = new List<(string, IArticleParser)>();
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var excluded = Excluded.Select(folder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))).ToHashSet(StringComparer.Ordinal);
        var linked = new List<string>();
        var folders = new Queue<string>([""]);
        while (folders.TryDequeue(out var folder))
        {
            foreach (var (name, isFolder, isLink) in FolderEntries(root, fullRoot, folder, diagnostics, unreadable))
            {
                var relative = folder.Length == 0 ? name : string.Concat(folder, "/", name);
                if (isFolder)
                {
                    if (isLink) linked.Add(relative);
                    else if (excluded.Count == 0 || !excluded.Contains(FullPath(fullRoot, relative))) folders.Enqueue(relative);
                    else WarnOfArticlesIn(fullRoot, relative, diagnostics);
                    continue;
                }
                // A part of the path that starts with '.': the first, or one after a '/'.
                if (relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal)) continue;
                if (relative == SiteConfigReader.FileName || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)) continue;
                var parser = ParserFor(Path.GetExtension(name.AsSpan()));
                if (parser is null)
                {
                    if (SiteAssets.IsAsset(name)) continue;
                    diagnostics.Warning(relative, 0, "not an article format this build reads (.md, .txt); ignored");
                    continue;
                }
                result.Add((relative, parser));
            }
        }
        foreach (var folder in linked.Order(StringComparer.Ordinal))
            diagnostics.Warning(folder, 0, "folder is a symbolic link; not read (it could lead back into the content folder)");
        result.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return result;
    }

    /// <summary>
    /// Warns of each article file in an <see cref="Excluded"/> folder (<c>--out content/posts</c>): the build writes or reads
    /// templates there and never reads it for articles, so what someone wrote there would be left out unsaid. The
    /// outputs themselves are no article files.
    /// </summary>
    private void WarnOfArticlesIn(string fullRoot, string folder, DiagnosticBag diagnostics)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        var path = FullPath(fullRoot, folder);
        foreach (var file in Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (ParserFor(Path.GetExtension(name.AsSpan())) is null || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)) continue;
            var relative = string.Concat(folder, "/", Path.GetRelativePath(path, file).Replace('\\', '/'));
            diagnostics.Warning(relative, 0, "not read: it lies in the output or templates folder (--out, --templates), which a build never reads for articles");
        }
    }

    /// <summary>
    /// The entries of one folder below the root (<c>""</c> for the root itself): each one's name, whether it is a folder, and
    /// whether that folder is a symbolic link. Hidden entries are left out. None, with an error naming the folder, when it
    /// cannot be listed.
    /// </summary>
    private List<(string Name, bool IsFolder, bool IsLink)> FolderEntries(string root, string fullRoot, string folder, DiagnosticBag diagnostics, ConcurrentQueue<string> unreadable)
    {
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = false };
        var path = folder.Length == 0 ? fullRoot : FullPath(fullRoot, folder);
        try
        {
            ListingFolder?.Invoke(path);
            // Attributes only of folders: for a file they would cost a look-up of its own.
            return [.. new FileSystemEnumerable<(string, bool, bool)>(path,
                static (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory, entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                options)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (folder.Length == 0) diagnostics.Add(Diagnostic.AsGiven(root, Severity.Error, $"cannot read folder: {e.Message}"));
            else diagnostics.Error(folder, 0, $"cannot read folder: {e.Message}");
            unreadable.Enqueue(folder);
            return [];
        }
    }

    private static string FullPath(string fullRoot, string relative) =>
        Path.Join(fullRoot, Path.DirectorySeparatorChar == '/' ? relative : relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Whether a file of this name would be read as an article (the listing's rule, by its ending).</summary>
    private bool IsArticleFile(string name) => ParserFor(Path.GetExtension(name.AsSpan())) is not null;

    private IArticleParser? ParserFor(ReadOnlySpan<char> extension)
    {
        foreach (var parser in parsers)
        {
            foreach (var known in parser.Extensions)
            {
                if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return parser;
            }
        }
        return null;
    }
}
