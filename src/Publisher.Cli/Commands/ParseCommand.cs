using System.CommandLine;
using System.Text;
using System.Text.Json;
using Publisher.Build.ModelJson;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher parse [--json] FILE...</c>: a taz dump as the JSON of the format spec (§14), a Markdown file as
/// its model, read with the <c>site.yml</c> of its folder or the nearest above; several files give an array in argument
/// order. Each file is read as a build of that site's folder reads it: its id from its path below that folder (below its
/// own folder when there is no <c>site.yml</c>), and the errors a build would report on it. Exit codes as a build's: 1
/// when a file has an error, 2 when one is missing or unreadable (one line, nothing printed), else 0 (empty and
/// not-an-article dumps and drafts too: their status says so).
/// </summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON (the default prints a short summary per file)" };
        var files = new Argument<string[]>("FILE") { Description = "taz text dumps (*.txt) or Markdown files (*.md)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("parse", "Parse article files and print what was read") { json, files };
        command.SetAction(result =>
        {
            var paths = result.GetValue(files)!;
            var contents = new List<byte[]>();
            foreach (var path in paths)
            {
                if (ContentLoader.WhyNotRead(FileKinds.Of(path), path) is { } why)
                {
                    stderr.WriteLine($"publisher: error: cannot read '{path}': {why}");
                    return 2;
                }
                try
                {
                    contents.Add(File.ReadAllBytes(path));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"publisher: error: cannot read '{path}': {e.Message}");
                    return 2;
                }
            }
            var diagnostics = new DiagnosticBag();
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, TazJson.WriterOptions))
            {
                if (paths.Length > 1) writer.WriteStartArray();
                for (var i = 0; i < paths.Length; i++)
                {
                    if (IsMarkdown(paths[i])) WriteMarkdown(writer, paths[i], contents[i], diagnostics, result.GetValue(json) ? null : stdout);
                    else WriteTaz(writer, paths[i], contents[i], diagnostics, result.GetValue(json) ? null : stdout);
                }
                if (paths.Length > 1) writer.WriteEndArray();
            }
            if (result.GetValue(json)) stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            foreach (var diagnostic in diagnostics.Sorted()) stderr.WriteLine(diagnostic);
            return diagnostics.HasErrors ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// The site a file belongs to: the <c>site.yml</c> of its folder or the nearest one above, as a build of that folder
    /// reads it (its time zone places times written without an offset, its language is the default), with its problems
    /// on that <c>site.yml</c> as reached from where the user stands (<c>c/site.yml</c> for <c>parse c/posts/a.md</c>), and
    /// the file's path below that folder, as the build names it ('/'-separated); else the defaults and the file's name.
    /// </summary>
    private static (Site Site, string RelativePath) SiteOf(string path, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(path);
        var folder = SiteConfigReader.FolderOf(Path.GetDirectoryName(full)!);
        var relative = Path.GetRelativePath(folder ?? Path.GetDirectoryName(full)!, full).Replace(Path.DirectorySeparatorChar, '/');
        if (folder is null) return (new Site(), relative);
        var own = new DiagnosticBag();
        var site = SiteConfigReader.Read(folder, own);
        var shownFolder = Path.IsPathRooted(path) ? folder : Path.GetRelativePath(Environment.CurrentDirectory, folder);
        diagnostics.AddRange(own.Sorted().Select(d => d.Shown(shownFolder)));
        return (site, relative);
    }

    /// <summary>The diagnostics of a file read under its path in the site, on the path given on the command line.</summary>
    private static IEnumerable<Diagnostic> AsGiven(DiagnosticBag own, string relative, string path) =>
        own.Sorted().Select(d => d.File == relative ? d with { File = path, InContentFolder = false } : d);

    private static bool IsMarkdown(string path) => Path.GetExtension(path) is ".md" or ".markdown";

    private static void WriteTaz(Utf8JsonWriter writer, string path, byte[] content, DiagnosticBag diagnostics, TextWriter? summary)
    {
        var parsed = TazParser.Parse(content, Path.GetFileName(path));
        diagnostics.AddRange(parsed.Diagnostics.Select(d => d with { File = path, InContentFolder = false }));
        // The spec's parse only warns; the errors a build reports on the dump (no date, one out of range) come from its reader.
        var (site, relative) = SiteOf(path, new DiagnosticBag());
        var own = new DiagnosticBag();
        new TazArticleParser().Parse(content, new ParseContext(relative, own, site.Language, site.TimeZone, site.BaseUrl));
        diagnostics.AddRange(AsGiven(own, relative, path).Where(d => d.Severity == Severity.Error));
        TazJson.Write(writer, parsed);
        summary?.WriteLine($"{path}: {TazJson.StatusName(parsed.Status)}" + (parsed.IsArticle
            ? $", \"{parsed.Title}\", {parsed.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no date"}, {parsed.Body.Length} blocks, {parsed.Tags.Length} tags, language {parsed.Language}"
            : ""));
    }

    private static void WriteMarkdown(Utf8JsonWriter writer, string path, byte[] content, DiagnosticBag diagnostics, TextWriter? summary)
    {
        var (site, relative) = SiteOf(path, diagnostics);
        var own = new DiagnosticBag();
        var context = new ParseContext(relative, own, site.Language, site.TimeZone, site.BaseUrl) { SmartPunctuation = site.SmartPunctuation };
        var article = new MarkdownArticleParser().Parse(content, context, out var draft);
        diagnostics.AddRange(AsGiven(own, relative, path));
        if (article is null)
        {
            // A draft is no error: a build leaves it out without a word, and this says why.
            var status = draft ? "draft" : "error";
            writer.WriteStartObject();
            writer.WriteString("file", path);
            writer.WriteString("status", status);
            writer.WriteEndObject();
            summary?.WriteLine($"{path}: {status}");
            return;
        }
        ModelJsonWriter.WriteArticle(writer, article, Corpus.Create(site, [article]));
        summary?.WriteLine($"{path}: article, \"{article.Title}\", {article.Published.Date:yyyy-MM-dd}, {article.Body.Length} blocks, {article.Tags.Length} tags, language {article.Language}");
    }
}
