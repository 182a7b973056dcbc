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
        catch (Exception e) when (MissingLibrary(e) is { } missing)
        {
            // Covers and pictures are drawn by Skia, a native library published beside the executable: a publisher
            // copied without it cannot run, which is no bug of the input's.
            stderr.WriteLine($"publisher: error: {missing.Message.TrimEnd('.')}; publisher needs the files published beside it ({AppContext.BaseDirectory}): copy or install the whole folder");
            return 2;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"publisher: internal error: {e.GetType().Name}: {e.Message} (this is a bug; please report it with the input that caused it)");
            return 70;
        }
    }

    /// <summary>The native library that could not be loaded, wherever in <paramref name="e"/>'s causes (a type's initializer wraps it).</summary>
    private static DllNotFoundException? MissingLibrary(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DllNotFoundException missing) return missing;
        }
        return null;
    }
}
