using System.Diagnostics;

namespace SurveyFigures.NotebookTesting;

/// <summary>
/// Starts the built runner as a separate process (<c>dotnet SurveyFigures.NotebookRunner.dll ...</c>), as CI does.
/// The test process never hosts it: its own load context would not look like the kernel's.
/// </summary>
internal static class RunnerProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static RunnerResult Run(string workingDirectory, params string[] args)
    {
        var runner = Path.Combine(RepositoryLayout.RunnerBin(RepositoryLayout.FindRoot(AppContext.BaseDirectory)), "SurveyFigures.NotebookRunner.dll");
        Assert.True(File.Exists(runner), $"runner not built: {runner}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(runner);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"runner did not finish within {Timeout}");
        }
        return new RunnerResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>Exit code and captured output of one runner process.</summary>
public sealed record RunnerResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
