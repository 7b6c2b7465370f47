using System.Diagnostics;

namespace SurveyFigures.Browser.Tests;

/// <summary>Runs one process of a frontend test (the kernel's install, a selenium script) and captures what it printed.</summary>
internal static class FrontendProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Output);

    public static Result Run(string file, IReadOnlyList<string> args, TimeSpan timeout, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            // The script's server, kernel, chromedriver and Chromium are its descendants: none outlives the test.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish within {timeout}\n{stdout.Result}\n{stderr.Result}");
        }
        return new Result(process.ExitCode, stdout.Result, $"exit {process.ExitCode}\nstdout:\n{stdout.Result}\nstderr:\n{stderr.Result}");
    }
}
