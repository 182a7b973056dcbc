using System.Globalization;
using System.CommandLine;
using Publisher.Cli.Commands;

namespace Publisher.Cli;

/// <summary>The <c>publisher</c> command: its sub-commands and the one place that turns failures into exit codes.</summary>
public static class CommandLine
{
    /// <summary>Exit codes: 0 ok, 1 the input had errors, 2 the command could not run (usage, missing files).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Outputs never depend on the user's locale: libraries that format with the current culture (PDFsharp writes a
        // PDF's dates so) would write a Thai or Persian calendar's year. Our own code names its culture everywhere.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var root = new RootCommand("Publisher: Atom/RSS/JSON feeds, EPUB 3 books and PDF digests from article files, grouped by tag and ISO week.")
        {
            BuildCommand.Create(stdout, stderr),
            ParseCommand.Create(stdout, stderr),
            SampleCommand.Create(stdout, stderr),
        };
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // A command line that does not parse is a usage error: it could not run at all.
                foreach (var error in parsed.Errors) stderr.WriteLine($"publisher: error: {error.Message}");
                stderr.WriteLine("Run 'publisher --help' for usage.");
                return 2;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"publisher: error: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"publisher: internal error: {e.GetType().Name}: {e.Message} (this is a bug; please report it with the input that caused it)");
            return 70;
        }
    }
}
