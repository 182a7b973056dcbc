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
/// its model, read with the <c>site.yml</c> of its folder or the nearest above; several files give an array in argument order. Empty and not-an-article dumps exit 0 (their
/// status says so); a missing or unreadable file exits 2 with one line.
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
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The site a file belongs to: the <c>site.yml</c> of its folder or the nearest one above, as a build of that folder
    /// reads it (its time zone places times written without an offset, its language is the default); else the defaults.
    /// </summary>
    private static Site SiteOf(string path, DiagnosticBag diagnostics) =>
        SiteConfigReader.FolderOf(Path.GetDirectoryName(Path.GetFullPath(path))!) is { } folder ? SiteConfigReader.Read(folder, diagnostics) : new Site();

    private static bool IsMarkdown(string path) => Path.GetExtension(path) is ".md" or ".markdown";

    private static void WriteTaz(Utf8JsonWriter writer, string path, byte[] content, DiagnosticBag diagnostics, TextWriter? summary)
    {
        var parsed = TazParser.Parse(content, Path.GetFileName(path));
        diagnostics.AddRange(parsed.Diagnostics.Select(d => d with { File = path }));
        TazJson.Write(writer, parsed);
        summary?.WriteLine($"{path}: {TazJson.StatusName(parsed.Status)}" + (parsed.IsArticle
            ? $", \"{parsed.Title}\", {parsed.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no date"}, {parsed.Body.Length} blocks, {parsed.Tags.Length} tags, language {parsed.Language}"
            : ""));
    }

    private static void WriteMarkdown(Utf8JsonWriter writer, string path, byte[] content, DiagnosticBag diagnostics, TextWriter? summary)
    {
        var site = SiteOf(path, diagnostics);
        var context = new ParseContext(path, diagnostics, site.Language, site.TimeZone, site.BaseUrl) { SmartPunctuation = site.SmartPunctuation };
        var article = new MarkdownArticleParser().Parse(content, context, out var draft);
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
