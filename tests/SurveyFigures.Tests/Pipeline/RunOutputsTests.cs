using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SurveyFigures.Tests.Pipeline;

/// <summary>
/// Runs never mix: a bad option stops the run before any output is touched; the manifest says "running" from before
/// the first output until the run records how it ended, so a run killed half-way is never taken for the previous
/// run's success; an output that cannot be written is one error naming its path and the first failure.
/// </summary>
[Trait("Category", "EndToEnd")]
public class RunOutputsTests(RunOutputsTests.ReproducedOnce reproduced) : IClassFixture<RunOutputsTests.ReproducedOnce>
{
    /// <summary>
    /// One throwaway repository, reproduced once, that every bad-option case runs against in turn: each checks that its
    /// run leaves the outputs exactly as they were (bytes and times), so the next case starts from the same run.
    /// </summary>
    public sealed class ReproducedOnce : IDisposable
    {
        private readonly Support.TempStudy _study = Reproducing();

        public ReproducedOnce() => Assert.Equal(0, ReproduceRunTests.RunCli(_study.Container, "reproduce").Exit);

        public string Container => _study.Container;

        public void Dispose() => _study.Dispose();
    }

    [Theory]
    [InlineData("--level NaN", "--level NaN: expected a confidence level strictly between 0 and 1")]
    [InlineData("--level 2", "--level 2: expected a confidence level strictly between 0 and 1")]
    [InlineData("--level -Infinity", "--level -Infinity: expected a confidence level strictly between 0 and 1")]
    [InlineData("--level 0", "--level 0: expected a confidence level strictly between 0 and 1")]
    [InlineData("--ci bogus", "--ci bogus: Unknown confidence-interval method 'bogus'; expected one of wilson")]
    [InlineData("--ci Logit", "--ci logit: Study test-study is not weighted (its study.json declares no respondents.weight), so logit, an interval for weighted shares, does not apply; use one of wilson, clopper-pearson, jeffreys, agresti-coull.")]
    [InlineData("--rule bogus", "--rule bogus: Unknown rounding rule 'bogus'; expected half-up")]
    [InlineData("--sources no-such-folder", "--sources no-such-folder: no such folder")]
    [InlineData("--sources data/studies/test-study/study.json", "a file, not a folder")]
    [InlineData("--level abc", "Cannot parse argument 'abc' for option '--level'")]
    public void A_bad_option_is_one_line_and_leaves_the_previous_run_untouched(string option, string expected)
    {
        var artifacts = Path.Combine(reproduced.Container, "artifacts");
        var before = Snapshot(artifacts);

        var (exit, output) = ReproduceRunTests.RunCli(reproduced.Container, ["reproduce", .. option.Split(' ')]);

        Assert.Equal(1, exit);
        Assert.Contains(expected, output);
        Assert.Single(output.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", output);
        Assert.Equal(before, Snapshot(artifacts));
    }

    [Theory]
    [InlineData("LOGIT", "logit")]
    [InlineData("Korn-Graubard", "korn-graubard")]
    public void A_weighted_interval_method_is_accepted_for_a_weighted_study_in_any_case(string given, string method)
    {
        // The repository holds the weighted fixture study alone, so the weighted methods apply to every study.
        using var study = ReproduceRunTests.Repository();
        Directory.Delete(study.Folder, recursive: true);
        Support.Fixtures.CopyStudy("weighted-panel", Path.Combine(study.Container, "data", "studies", "weighted-panel"));

        var (exit, output) = ReproduceRunTests.RunCli(study.Container, "reproduce", "--ci", given);

        Assert.True(exit == 0, output);
        var figures = Support.CsvRecords.Read(Path.Combine(study.Container, "artifacts", "figures.csv"));
        Assert.Equal(7, figures.Count);
        Assert.All(figures, f => Assert.Equal(method, f["ci_method"]));
        Assert.Equal(method, Manifest(study.Container)["options"]!["ci"]!.GetValue<string>());
    }

    [Fact]
    public void A_file_where_the_artifacts_folder_must_be_is_the_one_error()
    {
        using var study = Reproducing();
        File.WriteAllText(Path.Combine(study.Container, "artifacts"), "a file in the way");

        var (exit, output) = ReproduceRunTests.RunCli(study.Container, "reproduce");

        Assert.Equal(1, exit);
        Assert.Equal("error: cannot write artifacts/manifest.json: artifacts is a file, where a folder must be", output.Trim());
    }

    [Fact]
    public void A_folder_where_figures_csv_must_be_is_the_error_reported_and_recorded()
    {
        using var study = Reproducing();
        Directory.CreateDirectory(Path.Combine(study.Container, "artifacts", "figures.csv", "inside"));

        var (exit, output) = ReproduceRunTests.RunCli(study.Container, "reproduce");

        Assert.Equal(1, exit);
        const string Expected = "cannot write artifacts/figures.csv: a folder sits where this file must be written";
        Assert.Contains($"error: {Expected}", output);
        Assert.Single(output.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output);
        var manifest = Manifest(study.Container);
        Assert.Equal("failed", manifest["status"]!.GetValue<string>());
        Assert.Equal(Expected, manifest["error"]!.GetValue<string>());
    }

    [Fact]
    public void A_run_killed_after_the_report_was_written_leaves_a_manifest_saying_it_did_not_finish()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in runner host is a shell script
        }
        using var study = Reproducing();
        var repository = study.Container;
        Assert.Equal(0, ReproduceRunTests.RunCli(repository, "reproduce").Exit);
        Assert.Equal("succeeded", Manifest(repository)["status"]!.GetValue<string>());
        var report = Path.Combine(repository, "artifacts", "report.html");
        File.Delete(report);
        // A notebook stage that never ends: the "dotnet host" the CLI starts the runner with records its pid and sleeps.
        Directory.CreateDirectory(Path.Combine(repository, "notebooks"));
        File.WriteAllText(Path.Combine(repository, "notebooks", "slow.ipynb"), "{}");
        var runnerBin = Directory.CreateDirectory(Path.Combine(repository, "artifacts", "tools", "notebook-runner")).FullName;
        File.WriteAllText(Path.Combine(runnerBin, "SurveyFigures.NotebookRunner.dll"), "");
        var childPid = Path.Combine(repository, "child.pid");
        var host = Path.Combine(repository, "slow-host.sh");
        File.WriteAllText(host, $"#!/bin/sh\necho $$ > '{childPid}'\nexec sleep 120\n");
        File.SetUnixFileMode(host, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        using var cli = ReproduceRunTests.StartCli(repository, new() { ["DOTNET_HOST_PATH"] = host }, "reproduce");
        try
        {
            var waited = Stopwatch.StartNew();
            while (!(File.Exists(report) && File.Exists(childPid)) && !cli.HasExited && waited.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(20);
            }
            Assert.True(File.Exists(report) && !cli.HasExited, "the run should be waiting for its notebooks, its report written");
            cli.Kill(); // SIGKILL on Unix: nothing in the CLI runs afterwards
            cli.WaitForExit();

            var manifest = Manifest(repository);
            Assert.Equal("running", manifest["status"]!.GetValue<string>());
            Assert.False(manifest["succeeded"]!.GetValue<bool>());
            var started = manifest["started_utc"]!.GetValue<string>();
            Assert.Contains($"the run started at {started} has not finished", manifest["error"]!.GetValue<string>());
        }
        finally
        {
            if (File.Exists(childPid) && int.TryParse(File.ReadAllText(childPid).Trim(), out var pid))
            {
                try
                {
                    using var child = Process.GetProcessById(pid);
                    child.Kill();
                }
                catch (ArgumentException)
                {
                    // already gone
                }
            }
        }
    }

    // A throwaway repository whose one figure (37 % of 100) the rows give back: `reproduce` succeeds on it.
    private static Support.TempStudy Reproducing()
    {
        var study = ReproduceRunTests.Repository();
        File.WriteAllLines(Path.Combine(study.Folder, "respondents.csv"), ["respondent_id,c1", .. Enumerable.Range(1, 100).Select(i => $"R{i},{(i <= 37 ? 1 : 0)}")]);
        return study;
    }

    private static JsonNode Manifest(string repository) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(repository, "artifacts", "manifest.json")))!;

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => Convert.ToHexString(File.ReadAllBytes(f)) + File.GetLastWriteTimeUtc(f).Ticks);
}
