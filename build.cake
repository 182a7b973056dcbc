// Publisher build script. Cake only orchestrates; all logic lives in src/.
//   ./build.sh                      build the bundled samples (content/) into out/
//   ./build.sh --target=Test        run every test project, print "N passed, N failed"
//   ./build.sh --target=Feeds --content=DIR --out=DIR

var target = Argument("target", "Publish");
var configuration = Argument("configuration", "Release");
var content = Argument("content", "content");
var output = Argument("out", "out");
var solution = "./Publisher.sln";

// The publisher every target runs, published for this machine by Build. Where a C toolchain is installed (clang, which
// Native AOT links with; `apt-get install clang`), it is published as Native AOT: one native executable, no JIT, so a
// run starts in milliseconds and is at full speed from the first article. Otherwise (only the .NET SDK installed, or
// --aot=false) it is published ReadyToRun (precompiled, dependencies too), framework-dependent, run as `dotnet
// publisher.dll`. Tests keep using the plain build.
string ThisMachinesRid()
{
    var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
    var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
    return $"{os}-{arch}";
}
var rid = ThisMachinesRid();
var aot = Argument("aot", "auto"); // auto: Native AOT where clang is installed; true: insist; false: ReadyToRun

// The clang that links a Native AOT executable: `clang` on PATH, else the newest versioned one (Debian installs
// clang-14 without the plain name unless the `clang` package is installed too); null if there is none.
string NativeLinker()
{
    if (OperatingSystem.IsWindows()) return null; // Windows links with the Visual Studio C++ tools: not detected here
    var names = (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
        .Where(System.IO.Directory.Exists)
        .SelectMany(directory => System.IO.Directory.EnumerateFiles(directory, "clang*"))
        .Select(System.IO.Path.GetFileName)
        .Where(name => name == "clang" || System.Text.RegularExpressions.Regex.IsMatch(name, @"^clang-[0-9]+$"))
        .ToList();
    return names.Contains("clang") ? "clang"
        : names.OrderByDescending(name => int.Parse(name.Substring("clang-".Length))).FirstOrDefault();
}
var nativeLinker = aot == "false" ? null : NativeLinker();
if (aot == "true" && nativeLinker is null) throw new Exception("--aot=true, but no clang on PATH to link a Native AOT executable");
var publishedCli = nativeLinker is null
    ? $"./src/Publisher.Cli/bin/{configuration}/publish-{rid}"
    : $"./src/Publisher.Cli/bin/{configuration}/native-{rid}";

// How to start the publisher that Build made: the native executable itself, or `dotnet publisher.dll`.
(string Program, string Arguments) PublisherCommand(string arguments) => nativeLinker is null
    ? ("dotnet", $"\"{MakeAbsolute(File($"{publishedCli}/publisher.dll")).FullPath}\" {arguments}")
    : (MakeAbsolute(File($"{publishedCli}/publisher")).FullPath, arguments);

// The runtime sizes the GC's youngest generation from the CPU's cache; where the kernel does not report the cache
// (common on virtual machines) it falls back to a small budget: on our 2-core VM a collection every ~2 MB allocated,
// some 600 per GB, where a build allocates several GB. Every publisher run gets a 24 MB budget unless the caller set
// one (64 MB, the earlier choice, touches more fresh memory than the collections it saves are worth: alternating
// 1,000-article EPUB builds took 7-10 % less CPU and wall time with 24 MB, PDF digests the same, 10,000 articles
// the same time in 40 MB less memory); the runtime reads this setting only from the environment, not from
// runtimeconfig.json. The value is hex without "0x": .NET's JIT runtime also takes "0x1800000", the Native AOT
// runtime ignores it (the CLI's csproj also builds the same default into the native executable).
var publisherEnvironment = new Dictionary<string, string>
{
    ["DOTNET_GCgen0size"] = EnvironmentVariable("DOTNET_GCgen0size") ?? "1800000",
};

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    if (DirectoryExists(output))
    {
        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(output))
        {
            if (System.IO.Path.GetFileName(entry) == ".gitkeep") continue;
            if (System.IO.Directory.Exists(entry)) System.IO.Directory.Delete(entry, recursive: true);
            else System.IO.File.Delete(entry);
        }
    }
});

Task("Restore")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
    // Its own restore: the RID-specific assets (runtime, crossgen2 or ILCompiler packs) come from the configured NuGet feed.
    var properties = new DotNetMSBuildSettings();
    if (nativeLinker is null) properties = properties.WithProperty("PublishReadyToRun", "true");
    else properties = properties.WithProperty("PublishAot", "true").WithProperty("CppCompilerAndLinker", nativeLinker);
    Information(nativeLinker is not null ? $"Publishing the CLI as Native AOT (linker: {nativeLinker})"
        : aot == "false" ? "Publishing the CLI ReadyToRun (--aot=false)" : "Publishing the CLI ReadyToRun (no clang on PATH for Native AOT)");
    DotNetPublish("./src/Publisher.Cli/Publisher.Cli.csproj", new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = rid,
        SelfContained = nativeLinker is not null, // a native executable carries its runtime
        OutputDirectory = publishedCli,
        MSBuildSettings = properties,
    });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    var results = MakeAbsolute(Directory("./TestResults")).FullPath;
    CleanDirectory(results);
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"test {solution} --configuration {configuration} --no-build --logger trx --results-directory \"{results}\"",
    });
    var passed = 0;
    var failed = 0;
    foreach (var trx in GetFiles(results + "/**/*.trx"))
    {
        var counters = System.Xml.Linq.XDocument.Load(trx.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
        passed += int.Parse(counters.Attribute("passed").Value);
        failed += int.Parse(counters.Attribute("failed").Value) + int.Parse(counters.Attribute("error")?.Value ?? "0");
    }
    Console.WriteLine($"{passed} passed, {failed} failed"); // plain, unhighlighted: CI reads this line
    if (exitCode != 0 || failed > 0) throw new Exception($"dotnet test failed (exit code {exitCode}, {failed} failed)");
});

void Publisher(string formats)
{
    var (program, arguments) = PublisherCommand($"build --content \"{content}\" --out \"{output}\"" + (formats == "" ? "" : $" --formats {formats}"));
    var exitCode = StartProcess(program, new ProcessSettings { Arguments = arguments, EnvironmentVariables = publisherEnvironment });
    if (exitCode != 0) throw new Exception($"publisher build exited with {exitCode}");
}

Task("Parse").IsDependentOn("Build").Does(() => Publisher("json"));
Task("Feeds").IsDependentOn("Build").Does(() => Publisher("feeds"));
Task("Epub").IsDependentOn("Build").Does(() => Publisher("epub"));
Task("Pdf").IsDependentOn("Build").Does(() => Publisher("pdf"));
Task("Publish").IsDependentOn("Build").Does(() => Publisher(""));


// ---- Bench: wall time and peak memory of full and incremental builds, against pandoc and hugo when installed.
var benchSizes = Argument("sizes", "1000,10000");
var benchCompare = Argument("compare", true); // --compare=false skips pandoc and hugo (minutes at 10,000 articles)

(double Seconds, long PeakMb, int Exit) Measure(string program, string arguments, string workingDirectory = ".")
{
    // getrusage(RUSAGE_CHILDREN) gives the child's peak resident set; python3 is the portable way to ask for it.
    var script = "import resource,subprocess,sys,time,shlex\n"
        + "t=time.perf_counter();r=subprocess.run([sys.argv[1]]+shlex.split(sys.argv[2]),stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL,cwd=sys.argv[3])\n"
        + "print('%.3f %d %d'%(time.perf_counter()-t,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss//1024,r.returncode))";
    var scriptFile = MakeAbsolute(File($"{output}/bench/measure.py")).FullPath;
    System.IO.File.WriteAllText(scriptFile, script);
    IEnumerable<string> lines;
    StartProcess("python3", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(scriptFile).AppendQuoted(program).AppendQuoted(arguments).AppendQuoted(MakeAbsolute(Directory(workingDirectory)).FullPath),
        RedirectStandardOutput = true,
        EnvironmentVariables = publisherEnvironment, // passed on to the measured command; pandoc and hugo ignore it
    }, out lines);
    var parts = lines.Last().Split(' ');
    return (double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[1]), int.Parse(parts[2]));
}

// Where the Bench moves the last run's output folders until it ends (see the Bench task).
string BenchSetAside() => MakeAbsolute(Directory($"{output}/bench/set-aside")).FullPath;

bool Installed(string tool) => StartProcess("sh", new ProcessSettings { Arguments = $"-c \"command -v {tool} >/dev/null\"" }) == 0;

Task("Bench")
    .IsDependentOn("Build")
    .Does(() =>
{
    var bench = MakeAbsolute(Directory($"{output}/bench")).FullPath;
    EnsureDirectoryExists(bench);
    (double Seconds, long PeakMb, int Exit) MeasurePublisher(string arguments)
    {
        var (program, programArguments) = PublisherCommand(arguments);
        return Measure(program, programArguments);
    }
    int RunPublisher(string arguments)
    {
        var (program, programArguments) = PublisherCommand(arguments);
        return StartProcess(program, programArguments);
    }
    // A full build writes into an empty folder, as a first build does: over the last run's outputs every file would be
    // renamed over its predecessor, whose blocks the file system frees then (measured separately below). The last run's
    // folder is moved aside and deleted when the bench is done (also what an interrupted bench set aside): ext4 without a
    // journal (as on this project's VMs) makes every new file look past the inodes deleted in the last minute, and a
    // thousand of them deleted just before a 1,000-article EPUB build made it about 10 % slower.
    var setAside = BenchSetAside();
    EnsureDirectoryExists(setAside);
    void SetAside(string folder)
    {
        if (DirectoryExists(folder)) System.IO.Directory.Move(folder, $"{setAside}/{System.IO.Path.GetFileName(folder)}-{Guid.NewGuid():N}");
    }
    (double Seconds, long PeakMb, int Exit) MeasureFullBuild(string content, string outputFolder, string format)
    {
        SetAside(outputFolder);
        return MeasurePublisher($"build --content \"{content}\" --out \"{outputFolder}\" --formats {format} --force");
    }
    var rows = new List<string>();
    var ratios = new List<string>(); // publisher against pandoc on the same machine and articles: how the EPUB targets were scaled
    string Row(string what, int n, (double Seconds, long PeakMb, int Exit) m, string note = "") =>
        $"| {what} | {n:N0} | {m.Seconds:0.00} s | {m.PeakMb} MB | {(m.Exit == 0 ? "ok" : "exit " + m.Exit)} {note}|";
    foreach (var n in benchSizes.Split(',').Select(int.Parse))
    {
        var corpus = $"{bench}/corpus-{n}";
        var markdown = $"{bench}/markdown-{n}";
        var site = $"{bench}/out-{n}";
        if (!DirectoryExists(corpus)) RunPublisher($"sample --count {n} --out \"{corpus}\"");
        if (!DirectoryExists(markdown)) RunPublisher($"sample --count {n} --out \"{markdown}\" --input-format markdown");
        System.IO.File.Copy("content/site.yml", $"{corpus}/site.yml", true);
        SetAside(site);
        SetAside($"{site}-json");

        var parse = MeasurePublisher($"build --content \"{corpus}\" --out \"{site}-json\" --formats json --force");
        rows.Add(Row("publisher: parse → articles.json", n, parse));
        var full = MeasurePublisher($"build --content \"{corpus}\" --out \"{site}\"");
        rows.Add(Row("publisher: all outputs, full build", n, full));
        foreach (var format in new[] { "feeds", "epub", "pdf" })
            rows.Add(Row($"publisher: {format} only, full build", n, MeasureFullBuild(corpus, $"{site}-{format}", format)));
        rows.Add(Row("publisher: epub only, --force over the full build's books", n,
            MeasurePublisher($"build --content \"{corpus}\" --out \"{site}-epub\" --formats epub --force")));
        var changed = GetFiles($"{corpus}/markdown/*.md").OrderBy(f => f.FullPath).First().FullPath;
        System.IO.File.AppendAllText(changed, $"\nA changed paragraph, {DateTime.UtcNow.Ticks}.\n");
        rows.Add(Row("publisher: one article changed", n, MeasurePublisher($"build --content \"{corpus}\" --out \"{site}\"")));
        rows.Add(Row("publisher: nothing changed", n, MeasurePublisher($"build --content \"{corpus}\" --out \"{site}\"")));

        // Every tenth Markdown article showing one of 12 pictures (PNG charts, 1600×1200 JPEG photos): their reading,
        // storing in books and embedding (shrunk) in digests.
        var pictured = $"{bench}/pictures-{n}";
        if (!DirectoryExists(pictured)) RunPublisher($"sample --count {n} --out \"{pictured}\" --input-format markdown --pictures");
        System.IO.File.Copy("content/site.yml", $"{pictured}/site.yml", true);
        foreach (var format in new[] { "epub", "pdf" })
            rows.Add(Row($"publisher: {format} only, Markdown with pictures", n,
                MeasureFullBuild(pictured, $"{site}-pictures-{format}", format)));

        if (benchCompare && Installed("pandoc"))
        {
            // The same Markdown articles both ways: our books (weekly issues and tag books) against pandoc's one book.
            var ours = MeasureFullBuild(markdown, $"{site}-markdown-epub", "epub");
            rows.Add(Row("publisher: epub only, Markdown corpus", n, ours));
            // One path per line, unquoted: the shell splits $(cat …) on white space (the generated paths have none).
            var files = string.Join("\n", GetFiles($"{markdown}/markdown/*.md").OrderBy(f => f.FullPath).Select(f => f.FullPath));
            System.IO.File.WriteAllText($"{bench}/pandoc-{n}.args", files);
            var pandoc = Measure("sh", $"-c \"pandoc -o '{bench}/pandoc-{n}.epub' --metadata title=Bench $(cat '{bench}/pandoc-{n}.args')\"");
            rows.Add(Row("pandoc: Markdown → one EPUB", n, pandoc));
            if (ours.Exit == 0 && pandoc.Exit == 0)
                ratios.Add($"- {n:N0} articles: publisher's EPUBs {pandoc.Seconds / ours.Seconds:0.0}× faster than pandoc's one book, in {100.0 * ours.PeakMb / pandoc.PeakMb:0}% of its memory");
        }
        if (benchCompare && Installed("hugo"))
        {
            var hugoSite = $"{bench}/hugo-{n}";
            SetAside(hugoSite);
            EnsureDirectoryExists($"{hugoSite}/layouts/_default");
            EnsureDirectoryExists($"{hugoSite}/content");
            System.IO.File.WriteAllText($"{hugoSite}/hugo.toml", "baseURL = 'https://bench.example/'\ntitle = 'Bench'\ndisableKinds = ['sitemap']\n[taxonomies]\ntag = 'tags'\n");
            System.IO.File.WriteAllText($"{hugoSite}/layouts/_default/single.html", "<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>");
            System.IO.File.WriteAllText($"{hugoSite}/layouts/_default/list.html", "<html><body>{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>");
            foreach (var md in GetFiles($"{markdown}/markdown/*.md")) CopyFile(md, $"{hugoSite}/content/{md.GetFilename()}");
            rows.Add(Row("hugo: site + RSS", n, Measure("hugo", $"--quiet -s \"{hugoSite}\" -d \"{hugoSite}/public\"")));
        }
    }
    var report = "# Benchmark report\n\nMachine: " + System.Environment.ProcessorCount + " cores. Wall time and peak resident memory per command.\n\n"
        + "| what | articles | wall | peak memory | result |\n|---|---:|---:|---:|---|\n" + string.Join("\n", rows) + "\n"
        + (ratios.Count == 0 ? "" : "\nOn the same Markdown articles (pandoc 2.17 needed 8.4 s for 1,000 and 82.7 s for 10,000 where the EPUB targets "
            + "of 0.4 s and 4 s were set: 21× and 20.7×):\n\n" + string.Join("\n", ratios) + "\n");
    System.IO.File.WriteAllText($"{bench}/report.md", report);
    Information(report);
})
    .Finally(() =>
{
    if (DirectoryExists(BenchSetAside())) DeleteDirectory(BenchSetAside(), new DeleteDirectorySettings { Recursive = true });
});

Task("Default").IsDependentOn("Publish");

RunTarget(target);
