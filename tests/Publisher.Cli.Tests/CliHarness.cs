namespace Publisher.Cli.Tests;

/// <summary>Runs the <c>publisher</c> command in-process and captures what it prints.</summary>
internal static class CliHarness
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string ContentFolder(params (string Path, string Text)[] files)
    {
        var root = Directory.CreateTempSubdirectory("cli").FullName;
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    public const string SiteYml = "title: T\nbase_url: https://t.example\n";

    public static string Markdown(string id, string tags = "[A]") => $"---\ntitle: {id}\ndate: 2026-11-10\nid: {id}\ntags: {tags}\n---\nText.\n";
}
