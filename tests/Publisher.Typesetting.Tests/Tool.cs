using System.Diagnostics;

namespace Publisher.Typesetting.Tests;

/// <summary>Runs a command-line tool (pdffonts, pdftotext, qpdf) and returns its exit code and output.</summary>
public static class Tool
{
    public static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>The text of one page (1-based) as pdftotext gives it.</summary>
    public static string PageText(string pdf, int page) =>
        Run("pdftotext", "-f", page.ToString(), "-l", page.ToString(), "-layout", pdf, "-").Output;
}
