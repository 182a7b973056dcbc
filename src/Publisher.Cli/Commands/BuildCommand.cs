using System.CommandLine;
using Publisher.Build.Pipeline;
using Publisher.Cli.Reporting;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher build --content DIR --out DIR [--formats feeds,epub,pdf,json] [--templates DIR] [--strict] [--force] [--quiet]</c></summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = new Option<string>("--content") { Description = "Folder with the articles (*.md, *.txt) and site.yml", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--out") { Description = "Folder the outputs are written to", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--formats") { Description = "Comma-separated formats to build: feeds, epub, pdf, json (the parsed model as articles.json); default: feeds,epub,pdf", DefaultValueFactory = _ => "" };
        var templates = new Option<string?>("--templates") { Description = "Folder of templates that override the shipped ones by name" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings and errors as fatal: write nothing, exit 1" };
        var force = new Option<bool>("--force") { Description = "Rebuild every output, even unchanged ones" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress lines: only problems and the summary" };
        var command = new Command("build", "Build feeds, EPUB books and PDF digests from a content folder")
        {
            content, output, formats, templates, strict, force, quiet,
        };
        command.SetAction(result =>
        {
            var contentDirectory = result.GetValue(content)!;
            if (!Directory.Exists(contentDirectory))
            {
                stderr.WriteLine($"publisher: error: content folder '{contentDirectory}' does not exist");
                return 2;
            }
            if (OutputFolderCheck.Problem(contentDirectory, result.GetValue(output)!) is { } overlap)
            {
                stderr.WriteLine($"publisher: error: {overlap}");
                return 2;
            }
            var templatesDirectory = result.GetValue(templates);
            if (templatesDirectory is not null && !Directory.Exists(templatesDirectory))
            {
                stderr.WriteLine($"publisher: error: templates folder '{templatesDirectory}' does not exist");
                return 2;
            }
            var selected = (result.GetValue(formats) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var known = FormatCatalog.All(null!).Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unknown = selected.Where(f => !known.Contains(f)).ToList();
            if (unknown.Count > 0)
            {
                stderr.WriteLine($"publisher: error: unknown format '{unknown[0]}' (known: {string.Join(", ", known.Order())})");
                return 2;
            }
            var options = new BuildOptions(contentDirectory, result.GetValue(output)!, selected, templatesDirectory, result.GetValue(strict), result.GetValue(force));
            using var reporter = ConsoleReporter.Create(stderr, result.GetValue(quiet));
            var summary = new BuildPipeline(reporter).Run(options);
            reporter.Dispose();
            // Paths as the user reaches them from where they stand (content/posts/a.md:3), which editors and CI open.
            foreach (var diagnostic in summary.Diagnostics) stderr.WriteLine(diagnostic.Shown(contentDirectory));
            stdout.WriteLine(SummaryText.Format(summary, options.OutputDirectory));
            if (SummaryText.Unreadable(summary) is { } unreadableStop) stdout.WriteLine(unreadableStop);
            if (SummaryText.Strict(summary) is { } strictStop) stdout.WriteLine(strictStop);
            if (summary.Stopped) return 2;
            return summary.Errors > 0 || options.Strict && summary.Warnings > 0 ? 1 : 0;
        });
        return command;
    }
}
