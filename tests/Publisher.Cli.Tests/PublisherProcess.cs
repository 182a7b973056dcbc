using System.Diagnostics;

namespace Publisher.Cli.Tests;

/// <summary>
/// Runs the built <c>publisher</c> as its own process, in a working folder of the test's choice (the in-process harness
/// shares the test run's), and, where the tests run as root, without root's power to read what its mode forbids.
/// </summary>
internal static class PublisherProcess
{
    public static (int Exit, string Out, string Err) Run(string workingFolder, params string[] args) => Run(workingFolder, obeyFileModes: false, args);

    /// <param name="obeyFileModes">
    /// As root, run under <c>setpriv</c> without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so a file of mode 000 cannot be
    /// read, as for any other user.
    /// </param>
    public static (int Exit, string Out, string Err) Run(string workingFolder, bool obeyFileModes, params string[] args)
    {
        var start = new ProcessStartInfo { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        if (obeyFileModes && IsRoot)
        {
            start.FileName = "setpriv";
            foreach (var arg in new[] { "--bounding-set", "-dac_override,-dac_read_search", "dotnet" }) start.ArgumentList.Add(arg);
        }
        else start.FileName = "dotnet";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publisher.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>Whether a file of mode 000 is unreadable to <see cref="Run(string, bool, string[])"/> with obeyFileModes here.</summary>
    public static bool CanObeyFileModes()
    {
        if (OperatingSystem.IsWindows()) return false;
        if (!IsRoot) return true;
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("setpriv", ["--bounding-set", "-dac_override,-dac_read_search", "true"]) { RedirectStandardError = true })!;
            probe.WaitForExit();
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no setpriv
        }
    }

    private static bool IsRoot => !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess;
}
