using System.Diagnostics;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Bench;

/// <summary>
/// The benchmark program builds and one short run completes: <c>--smoke</c> calls every per-study benchmark once and
/// runs the scaling series at 1 000 respondents. Run as its own process, like <c>dotnet run</c>; nothing about time is asserted.
/// </summary>
[Trait("Category", "EndToEnd")]
public class BenchSmokeTests
{
    [Fact]
    public async Task Smoke_run_completes_and_prints_a_scaling_row()
    {
        var (exit, output, error) = await Smoke(RepositoryStudies.Root);
        Assert.True(exit == 0, $"exit code {exit}\n{output}\n{error}");
        foreach (var study in RepositoryStudies.All)
        {
            Assert.Contains($"smoke: {study.Id}: every benchmark ran once", output);
        }
        Assert.Matches(@"\| 1,000 \| 50 \| 200 \|", output);
    }

    [Fact]
    public async Task A_ledger_whose_figures_conflict_is_benchmarked_not_a_crash()
    {
        // 50 % of 7 respondents: no count prints as 50 % (3/7 = 42.9, 4/7 = 57.1). The reconstruction leaves the figure
        // out (its verdict says why), so the benchmarks still run on the study.
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "50", "c1")), sampleSize: 7, under: Path.Combine("data", "studies"));
        File.WriteAllText(Path.Combine(study.Container, "Analysis.sln"), "");
        File.WriteAllLines(Path.Combine(study.Folder, "respondents.csv"), ["respondent_id,c1", .. Enumerable.Range(1, 7).Select(i => $"R{i},{(i <= 3 ? 1 : 0)}")]);
        var (exit, output, error) = await Smoke(study.Container);
        Assert.True(exit == 0, $"exit code {exit}\n{output}\n{error}");
        Assert.Contains("smoke: test-study: every benchmark ran once", output);
        Assert.DoesNotContain("Unhandled exception", output + error);
    }

    private static async Task<(int Exit, string Output, string Error)> Smoke(string workingDirectory)
    {
        var bench = Path.Combine(RepositoryStudies.Root, "artifacts", "tools", "bench", "SurveyFigures.Bench.dll");
        Assert.True(File.Exists(bench), $"{bench} is not built; the test project builds it through its project reference.");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
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
        return (process.ExitCode, output, await error);
    }
}
