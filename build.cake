// Publisher build script. Cake only orchestrates; all logic lives in src/.
//   ./build.sh                      build the bundled samples (content/) into out/
//   ./build.sh --target=Test        run every test project, print "N passed, N failed"
//   ./build.sh --target=Feeds --content=DIR --out=DIR

var target = Argument("target", "Publish");
var configuration = Argument("configuration", "Release");
var content = Argument("content", "content");
var output = Argument("out", "out");
var solution = "./Publisher.sln";
var cli = $"./src/Publisher.Cli/bin/{configuration}/net10.0/publisher.dll";

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
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

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
    Information($"{passed} passed, {failed} failed");
    if (exitCode != 0 || failed > 0) throw new Exception($"dotnet test failed (exit code {exitCode}, {failed} failed)");
});

void Publisher(string formats)
{
    var arguments = $"{cli} build --content \"{content}\" --out \"{output}\"" + (formats == "" ? "" : $" --formats {formats}");
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments });
    if (exitCode != 0) throw new Exception($"publisher build exited with {exitCode}");
}

Task("Parse").IsDependentOn("Build").Does(() => Publisher("json"));
Task("Feeds").IsDependentOn("Build").Does(() => Publisher("feeds"));
Task("Epub").IsDependentOn("Build").Does(() => Publisher("epub"));
Task("Pdf").IsDependentOn("Build").Does(() => Publisher("pdf"));
Task("Publish").IsDependentOn("Build").Does(() => Publisher(""));

Task("Default").IsDependentOn("Publish");

RunTarget(target);
