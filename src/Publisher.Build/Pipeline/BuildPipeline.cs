using System.Diagnostics;
using Publisher.Build.Incremental;
using Publisher.Build.PictureReading;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Core.Parsing;
using Publisher.Templating;

namespace Publisher.Build.Pipeline;

/// <summary>
/// One build: read the content and the pictures it shows, group it, plan every output, write what changed (in parallel, each file
/// atomically), delete outputs that no longer exist, and record the fingerprints for the next build. A build that could
/// not read some of its content, or that <c>--strict</c> stops, writes nothing: the last build's outputs stay as they were.
/// </summary>
public sealed class BuildPipeline(IBuildReporter reporter)
{
    public BuildSummary Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        reporter.Stage("Reading content");
        var site = SiteConfigReader.Read(options.ContentDirectory, diagnostics);
        // Settings with errors would rewrite every output with defaults (another title, other links): nothing is built.
        if (diagnostics.Sorted().Any(d => d.Severity == Severity.Error)) return BuildSummary.Stop(diagnostics, clock.Elapsed);
        var lookedAt = DateTime.UtcNow;
        // The last build's parse results are read while the content folder is listed.
        var readingParses = options.Force ? Task.FromResult(ParseCache.Empty()) : Task.Run(() => ParseCache.Load(options.OutputDirectory, site));
        // An output or templates folder inside the content folder holds no articles.
        List<string> notContent = [options.OutputDirectory, .. options.TemplatesDirectory is { } t ? [t] : Array.Empty<string>()];
        var content = new ContentLoader(ArticleParsers.All) { Excluded = notContent }.Load(options.ContentDirectory, site, diagnostics, () => readingParses.Result.Files);
        var parsedBefore = readingParses.Result;
        var pictures = PictureReader.Read(options.ContentDirectory, content.Articles, diagnostics,
            options.Force ? KnownPictures.None : KnownPictures.Load(options.OutputDirectory));
        var corpus = Corpus.Create(site, content.Articles, pictures.Files);
        foreach (var spelling in corpus.OtherSpellings)
            diagnostics.Warning(spelling.FirstArticle.Source.RelativePath, spelling.FirstArticle.TagsLine,
                $"tag '{spelling.Name}' is the tag '{spelling.Tag.Name}' (both are '{spelling.Tag.Slug.Value}' in addresses); its articles are filed under '{spelling.Tag.Name}'");

        var templates = new TemplateSet(TemplateSet.ShippedDirectory, options.TemplatesDirectory);
        var renderer = new TemplateRenderer(templates);
        var siteFingerprint = SiteFingerprint.Of(site);
        using var pieces = new PiecePack(options.OutputDirectory, () => PieceSalt.Of(siteFingerprint, templates), useStored: !options.Force);
        var formats = FormatCatalog.All(renderer, new SourceLines(options.ContentDirectory), pieces)
            .Where(f => options.Formats.Count == 0 ? FormatCatalog.IsDefault(f) : options.Formats.Contains(f.Name)).ToList();

        reporter.Stage("Planning outputs");
        var jobs = formats.SelectMany(f => f.Plan(corpus, diagnostics).Select(job => (Format: f, Job: job))).ToList();
        // A file or folder that could not be read (chmod 000, a share gone) holds articles this build does not know: its
        // outputs would lack them, and the previous ones, which have them, would be replaced or deleted. Nothing is written.
        if (!content.Unreadable.IsEmpty)
            return Summary(corpus, content, 0, 0, 0, 0, diagnostics, clock) with { UnreadableContent = content.Unreadable.Length };
        if (options.Strict && diagnostics.Sorted().Count > 0)
            return Summary(corpus, content, 0, 0, 0, 0, diagnostics, clock) with { StoppedByStrict = true }; // --strict: nothing is written when anything was reported

        if (!TryPrepare(options.OutputDirectory, diagnostics)) return BuildSummary.Stop(diagnostics, clock.Elapsed);
        var previous = Manifest.Load(options.OutputDirectory);
        var next = Manifest.Empty();
        var toWrite = new List<(OutputJob Job, string Format)>();
        var fingerprints = new Fingerprint(siteFingerprint, corpus, templates);
        var codeVersions = formats.ToDictionary(f => f, CodeVersion.Of);
        var failures = new WriteFailures();
        foreach (var (format, job) in jobs)
        {
            var fingerprint = FingerprintOrFailure(job, codeVersions[format], fingerprints, failures);
            if (fingerprint is null) continue; // it keeps the last build's file below
            fingerprint = $"{format.Name}:{fingerprint}";
            // Unchanged: made from the same inputs, and the file is as the last build left it (not deleted, not edited).
            var stamp = options.Force ? null : OutputStamp.Of(job.Path.Under(options.OutputDirectory));
            var unchanged = stamp is not null && previous.Entries.TryGetValue(job.Path.Value, out var old) && old == fingerprint + stamp;
            next.Entries[job.Path.Value] = unchanged ? fingerprint + stamp : fingerprint;
            if (!unchanged) toWrite.Add((job, format.Name));
        }
        var unchangedCount = next.Entries.Count - toWrite.Count;
        var unplanned = failures.Paths.Count;
        reporter.JobsPlanned(toWrite.Count, unchangedCount);

        var savingParses = content.Reused == content.Files.Length && parsedBefore.Files.Count == content.Files.Length
            ? Task.CompletedTask
            : Task.Run(() => SaveParses(parsedBefore, options.OutputDirectory, site, content, lookedAt, diagnostics));
        reporter.Stage("Writing outputs");
        WithdrawEntries(previous, toWrite.Select(item => item.Job.Path.Value), options.OutputDirectory, diagnostics);
        var sameBytes = 0; // made again, but the file held those bytes already: left as it was, counted unchanged
        WriteOrder.ForEach(toWrite, item => item.Format, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            if (!TryWrite(item.Job, options.OutputDirectory, options.Force, failures)) Interlocked.Increment(ref sameBytes);
            reporter.JobDone(item.Job.Path.Value);
        });
        var failed = failures.Paths;
        foreach (var path in failed) KeepPrevious(path, previous, next);
        foreach (var (job, _) in toWrite.Where(item => !failed.Contains(item.Job.Path.Value)))
            next.Entries[job.Path.Value] += OutputStamp.Of(job.Path.Under(options.OutputDirectory));
        failures.Report(diagnostics);

        SavePieces(pieces, options.OutputDirectory, diagnostics);
        SavePictures(pictures.Known, options.OutputDirectory, diagnostics);
        var deleted = DeleteStale(previous, next, options.OutputDirectory, formats.Select(f => f.Name).ToHashSet());
        savingParses.Wait();
        SaveManifest(next, options.OutputDirectory, diagnostics);
        return Summary(corpus, content, toWrite.Count - (failed.Count - unplanned) - sameBytes, unchangedCount + sameBytes, deleted, failed.Count, diagnostics, clock);
    }

    /// <summary>Makes the output folder and clears what an interrupted build left; false, with an error, when it cannot.</summary>
    private static bool TryPrepare(string outputDirectory, DiagnosticBag diagnostics)
    {
        try
        {
            Directory.CreateDirectory(outputDirectory);
            AtomicFile.CleanLeftovers(outputDirectory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.AsGiven(outputDirectory, Severity.Error, $"cannot write the output folder: {e.Message}"));
            return false;
        }
    }

    /// <summary>
    /// Before the first output is replaced, the record on disk stops vouching for the files this build writes: a build
    /// interrupted among them (Ctrl-C, kill, a crash) leaves new content in some of them, which the last build's entries
    /// (fingerprint and length alike) would match again once the edit that started it is undone. The full record follows
    /// at the end. Nothing is written when the record names none of them (a first build, or nothing changed).
    /// </summary>
    private static void WithdrawEntries(Manifest previous, IEnumerable<string> toWrite, string outputDirectory, DiagnosticBag diagnostics)
    {
        var withdrawn = previous.Without(toWrite);
        if (withdrawn.Entries.Count == previous.Entries.Count) return;
        var path = Path.Combine(outputDirectory, Manifest.RelativePath);
        try
        {
            AtomicFile.Write(path, s => s.Write(withdrawn.ToJson()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No record at all is safe too: the next build then writes everything again.
            diagnostics.Add(Diagnostic.AsGiven(ShownPath.Join(outputDirectory, Manifest.RelativePath), Severity.Error, $"cannot update the build's record before writing: {e.Message}"));
            File.Delete(path);
        }
    }

    private static void SaveManifest(Manifest next, string outputDirectory, DiagnosticBag diagnostics)
    {
        try
        {
            AtomicFile.Write(Path.Combine(outputDirectory, Manifest.RelativePath), s => s.Write(next.ToJson()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.AsGiven(ShownPath.Join(outputDirectory, Manifest.RelativePath), Severity.Error, $"cannot save the build's record; the next build writes everything again: {e.Message}"));
        }
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
            diagnostics.Add(Diagnostic.AsGiven(ShownPath.Join(outputDirectory, ParseCache.RelativePath), Severity.Warning, $"cannot save the parse results for the next build: {e.Message}"));
        }
    }

    private static void SavePieces(PiecePack pieces, string outputDirectory, DiagnosticBag diagnostics)
    {
        try
        {
            pieces.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.AsGiven(ShownPath.Join(outputDirectory, PiecePack.RelativePath), Severity.Warning, $"cannot save the rendered articles for the next build: {e.Message}"));
        }
    }

    private static void SavePictures(KnownPictures known, string outputDirectory, DiagnosticBag diagnostics)
    {
        try
        {
            known.Save(outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.AsGiven(ShownPath.Join(outputDirectory, KnownPictures.RelativePath), Severity.Warning, $"cannot save the pictures read for the next build: {e.Message}"));
        }
    }

    /// <summary>The output's fingerprint, or null when a template it uses does not parse (reported once with the others it fails).</summary>
    private static string? FingerprintOrFailure(OutputJob job, string codeVersion, Fingerprint fingerprints, WriteFailures failures)
    {
        try
        {
            return fingerprints.Of(job, codeVersion);
        }
        catch (TemplateError e)
        {
            failures.Add(job.Path.Value, e.Location, e.Problem, e.Detail);
            return null;
        }
    }

    /// <summary>
    /// Writes the output, or leaves it as it is when it already holds the bytes made (an output whose fingerprint changed
    /// with a neighbour's while its own content did not keeps its modification time); false only then. <paramref name="force"/>
    /// writes every file.
    /// </summary>
    private static bool TryWrite(OutputJob job, string outputDirectory, bool force, WriteFailures failures)
    {
        try
        {
            var path = job.Path.Under(outputDirectory);
            if (!force) return AtomicFile.WriteIfChanged(path, job.Write);
            AtomicFile.Write(path, job.Write);
        }
        catch (TemplateError e)
        {
            failures.Add(job.Path.Value, e.Location, e.Problem, e.Detail);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failures.Add(job.Path.Value, ShownPath.Join(outputDirectory, job.Path.Value), $"cannot write: {e.Message}");
        }
        return true;
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

    private static BuildSummary Summary(Corpus corpus, ContentLoad content, int written, int unchanged, int deleted, int failed, DiagnosticBag diagnostics, Stopwatch clock) =>
        new(corpus.Articles.Length, content.Reused, corpus.Tags.Length, corpus.Weeks.Length, written, unchanged, deleted, failed, diagnostics.Sorted(), clock.Elapsed)
        {
            Files = content.Files.Length,
        };
}
