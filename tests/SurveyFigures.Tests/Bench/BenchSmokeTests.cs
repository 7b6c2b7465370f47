using System.Diagnostics;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Bench;

/// <summary>
/// The benchmark program builds and one short run completes: <c>--smoke</c> calls every per-study benchmark once and
/// runs the scaling series at 1 000 respondents. Run as its own process, like <c>dotnet run</c>; nothing about time is asserted.
/// </summary>
public class BenchSmokeTests
{
    [Fact]
    public async Task Smoke_run_completes_and_prints_a_scaling_row()
    {
        var bench = Path.Combine(RepositoryStudies.Root, "artifacts", "tools", "bench", "SurveyFigures.Bench.dll");
        Assert.True(File.Exists(bench), $"{bench} is not built; the test project builds it through its project reference.");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = RepositoryStudies.Root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(bench);
        start.ArgumentList.Add("--smoke");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{output}\n{await error}");
        foreach (var study in RepositoryStudies.All)
        {
            Assert.Contains($"smoke: {study.Id}: every benchmark ran once", output);
        }
        Assert.Matches(@"\| 1,000 \| 50 \| 200 \|", output);
    }
}
