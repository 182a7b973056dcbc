using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Templating;

namespace Publisher.Epub.Tests.Support;

/// <summary>Plans and writes every EPUB of a corpus into a folder, as the build does.</summary>
internal static class BookFiles
{
    public static TemplateRenderer Renderer(string? overrides = null) => new(new TemplateSet(RepoPaths.Templates, overrides));

    public static IReadOnlyList<string> WriteAll(Corpus corpus, string directory, TemplateRenderer? renderer = null)
    {
        var diagnostics = new DiagnosticBag();
        var jobs = new EpubFormat(renderer ?? Renderer()).Plan(corpus, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var files = new List<string>();
        foreach (var job in jobs)
        {
            var path = job.Path.Under(directory);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = File.Create(path)) job.Write(stream);
            files.Add(path);
        }
        return files;
    }
}
