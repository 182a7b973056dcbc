using System.Diagnostics;
using Publisher.Build.Incremental;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Core.Parsing;
using Publisher.Templating;

namespace Publisher.Build.Pipeline;

/// <summary>
/// One build: read the content, group it, plan every output, write what changed (in parallel, each file
/// atomically), delete outputs that no longer exist, and record the fingerprints for the next build.
/// </summary>
public sealed class BuildPipeline(IBuildReporter reporter)
{
    public BuildSummary Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        reporter.Stage("Reading content");
        var site = SiteConfigReader.Read(options.ContentDirectory, diagnostics);
        var lookedAt = DateTime.UtcNow;
        // The last build's parse results are read while the content folder is listed.
        var readingParses = options.Force ? Task.FromResult(ParseCache.Empty()) : Task.Run(() => ParseCache.Load(options.OutputDirectory, site));
        var content = new ContentLoader(ArticleParsers.All).Load(options.ContentDirectory, site, diagnostics, () => readingParses.Result.Files);
        var parsedBefore = readingParses.Result;
        var corpus = Corpus.Create(site, content.Articles);

        var templates = new TemplateSet(TemplateSet.ShippedDirectory, options.TemplatesDirectory);
        var renderer = new TemplateRenderer(templates);
        var siteFingerprint = SiteFingerprint.Of(site);
        using var pieces = new PiecePack(options.OutputDirectory, () => PieceSalt.Of(siteFingerprint, templates), useStored: !options.Force);
        var formats = FormatCatalog.All(renderer, new SourceLines(options.ContentDirectory), pieces)
            .Where(f => options.Formats.Count == 0 ? FormatCatalog.IsDefault(f) : options.Formats.Contains(f.Name)).ToList();

        reporter.Stage("Planning outputs");
        var jobs = formats.SelectMany(f => f.Plan(corpus, diagnostics).Select(job => (Format: f, Job: job))).ToList();
        if (options.Strict && diagnostics.Sorted().Count > 0)
            return Summary(corpus, content, 0, 0, 0, diagnostics, clock); // --strict: nothing is written when anything was reported

        Directory.CreateDirectory(options.OutputDirectory);
        AtomicFile.CleanLeftovers(options.OutputDirectory);
        var previous = Manifest.Load(options.OutputDirectory);
        var next = Manifest.Empty();
        var toWrite = new List<(OutputJob Job, string Format)>();
        var fingerprints = new Fingerprint(siteFingerprint, corpus, templates);
        var codeVersions = formats.ToDictionary(f => f, CodeVersion.Of);
        foreach (var (format, job) in jobs)
        {
            var fingerprint = FingerprintOrError(job, codeVersions[format], fingerprints, diagnostics);
            if (fingerprint is null)
            {
                KeepPrevious(job.Path.Value, previous, next);
                continue;
            }
            fingerprint = $"{format.Name}:{fingerprint}";
            next.Entries[job.Path.Value] = fingerprint;
            var unchanged = !options.Force && previous.Entries.TryGetValue(job.Path.Value, out var old) && old == fingerprint
                && File.Exists(job.Path.Under(options.OutputDirectory));
            if (!unchanged) toWrite.Add((job, format.Name));
        }
        var unchangedCount = next.Entries.Count - toWrite.Count;
        reporter.JobsPlanned(toWrite.Count, unchangedCount);

        var savingParses = content.Reused == content.Files.Length && parsedBefore.Files.Count == content.Files.Length
            ? Task.CompletedTask
            : Task.Run(() => SaveParses(parsedBefore, options.OutputDirectory, site, content, lookedAt, diagnostics));
        reporter.Stage("Writing outputs");
        var failures = new WriteFailures();
        WriteOrder.ForEach(toWrite, item => item.Format, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            TryWrite(item.Job, options.OutputDirectory, failures);
            reporter.JobDone(item.Job.Path.Value);
        });
        var failed = failures.Paths;
        foreach (var path in failed) KeepPrevious(path, previous, next);
        failures.Report(diagnostics);

        SavePieces(pieces, diagnostics);
        var deleted = DeleteStale(previous, next, options.OutputDirectory, formats.Select(f => f.Name).ToHashSet());
        savingParses.Wait();
        AtomicFile.Write(Path.Combine(options.OutputDirectory, Manifest.RelativePath), s => s.Write(next.ToJson()));
        return Summary(corpus, content, toWrite.Count - failed.Count, unchangedCount, deleted, diagnostics, clock);
    }

    /// <summary>
    /// An output this build could not make keeps the last build's file and manifest entry, if there is one: a mistake
    /// in a template does not delete what the last build wrote, and the next build tries again (the entry's
    /// fingerprint is not this build's).
    /// </summary>
    private static void KeepPrevious(string path, Manifest previous, Manifest next)
    {
        if (previous.Entries.TryGetValue(path, out var entry)) next.Entries[path] = entry;
        else next.Entries.Remove(path);
    }

    private static void SaveParses(ParseCache before, string outputDirectory, Site site, ContentLoad content, DateTime lookedAt, DiagnosticBag diagnostics)
    {
        try
        {
            before.Save(outputDirectory, site, content.Files, lookedAt);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(ParseCache.RelativePath, 0, $"cannot save the parse results for the next build: {e.Message}");
        }
    }

    private static void SavePieces(PiecePack pieces, DiagnosticBag diagnostics)
    {
        try
        {
            pieces.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(PiecePack.RelativePath, 0, $"cannot save the rendered articles for the next build: {e.Message}");
        }
    }

    private static string? FingerprintOrError(OutputJob job, string codeVersion, Fingerprint fingerprints, DiagnosticBag diagnostics)
    {
        try
        {
            return fingerprints.Of(job, codeVersion);
        }
        catch (TemplateError e)
        {
            diagnostics.Error(e.Location, 0, e.Problem);
            return null;
        }
    }

    private static void TryWrite(OutputJob job, string outputDirectory, WriteFailures failures)
    {
        try
        {
            AtomicFile.Write(job.Path.Under(outputDirectory), job.Write);
        }
        catch (TemplateError e)
        {
            failures.Add(job.Path.Value, e.Location, e.Problem);
        }
        catch (IOException e)
        {
            failures.Add(job.Path.Value, job.Path.Value, $"cannot write: {e.Message}");
        }
    }

    /// <summary>
    /// Outputs of the last build that this build's formats no longer make (deleted articles, tags, weeks) are
    /// deleted; outputs of formats not built this time are kept and stay in the manifest.
    /// </summary>
    private static int DeleteStale(Manifest previous, Manifest next, string outputDirectory, IReadOnlySet<string> builtFormats)
    {
        var count = 0;
        foreach (var (path, entry) in previous.Entries.Where(e => !next.Entries.ContainsKey(e.Key)))
        {
            if (!builtFormats.Contains(entry.Split(':')[0])) { next.Entries[path] = entry; continue; }
            var file = Path.Combine([outputDirectory, .. path.Split('/')]);
            if (File.Exists(file)) { File.Delete(file); count++; }
        }
        return count;
    }

    private static BuildSummary Summary(Corpus corpus, ContentLoad content, int written, int unchanged, int deleted, DiagnosticBag diagnostics, Stopwatch clock) =>
        new(corpus.Articles.Length, content.Reused, corpus.Tags.Length, corpus.Weeks.Length, written, unchanged, deleted, diagnostics.Sorted(), clock.Elapsed);
}
