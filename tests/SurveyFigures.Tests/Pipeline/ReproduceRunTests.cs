using System.Diagnostics;
using System.Text.Json.Nodes;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Pipeline;

/// <summary>
/// The main job on a throwaway repository whose real respondent rows do not reproduce a printed figure: the run fails,
/// and every output says so (figures.csv, report.html, the manifest), notebooks are reported as skipped, and what an
/// earlier run left in artifacts/ is removed rather than passing for this run's.
/// </summary>
[Trait("Category", "EndToEnd")]
public class ReproduceRunTests
{
    [Fact]
    public void A_figure_that_does_not_reproduce_fails_the_run_and_every_output_says_so()
    {
        using var study = Repository();
        var repository = study.Container;
        study.EditMetadata("\"synthetic\": true", "\"synthetic\": false");
        // Real rows (as far as the tool knows): 30 of 100 say yes, where the publisher printed 37 %.
        File.WriteAllLines(Path.Combine(study.Folder, "respondents.csv"),
            ["respondent_id,c1", .. Enumerable.Range(1, 100).Select(i => $"R{i},{(i <= 30 ? 1 : 0)}")]);
        Directory.CreateDirectory(Path.Combine(repository, "notebooks"));
        var artifacts = Directory.CreateDirectory(Path.Combine(repository, "artifacts", "notebooks")).Parent!.FullName;
        File.WriteAllText(Path.Combine(artifacts, "notebooks", "from-an-earlier-run.ipynb"), "{}");
        var data = Directory.GetFiles(Path.Combine(repository, "data"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var (exit, output) = RunCli(repository, "reproduce");

        Assert.Equal(1, exit);
        Assert.Contains("Notebooks not executed: 1 figure(s) do not reproduce", output);
        var figures = CsvRecords.Read(Path.Combine(artifacts, "figures.csv"));
        Assert.Equal("no", figures[0]["reproduces"]);
        var report = File.ReadAllText(Path.Combine(artifacts, "report.html"));
        Assert.Contains("class=\"warning mismatch\"", report);
        Assert.Contains("reproduces mismatch", report);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(artifacts, "manifest.json")))!;
        Assert.False(manifest["succeeded"]!.GetValue<bool>());
        Assert.Contains("test-study/a", manifest["error"]!.GetValue<string>());
        Assert.Contains("do not reproduce", manifest["notebooks_skipped"]!.GetValue<string>());
        Assert.Equal(64, manifest["data_sha256"]!.GetValue<string>().Length);
        Assert.Equal(["notebooks/from-an-earlier-run.ipynb"], manifest["removed_stale"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.False(File.Exists(Path.Combine(artifacts, "notebooks", "from-an-earlier-run.ipynb")));
        foreach (var (path, bytes) in data)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
    }

    [Fact]
    public void A_run_that_fails_on_bad_data_leaves_no_earlier_output_behind()
    {
        using var study = Repository();
        var repository = study.Container;
        study.EditMetadata("\"id\": \"test-study\"", "\"id\": \"renamed-study\"");
        var artifacts = Directory.CreateDirectory(Path.Combine(repository, "artifacts")).FullName;
        File.WriteAllText(Path.Combine(artifacts, "figures.csv"), "from an earlier run");
        File.WriteAllText(Path.Combine(artifacts, "report.html"), "from an earlier run");

        var (exit, output) = RunCli(repository, "reproduce");

        Assert.Equal(1, exit);
        Assert.Contains("the id differs from the study's folder name", output);
        Assert.False(File.Exists(Path.Combine(artifacts, "figures.csv")));
        Assert.False(File.Exists(Path.Combine(artifacts, "report.html")));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(artifacts, "manifest.json")))!;
        Assert.False(manifest["succeeded"]!.GetValue<bool>());
        Assert.Equal(2, manifest["removed_stale"]!.AsArray().Count);
    }

    // A throwaway repository: Analysis.sln marks its root, data/studies/test-study holds one figure (37 % of 100).
    internal static TempStudy Repository()
    {
        var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1")), under: Path.Combine("data", "studies"));
        File.WriteAllText(Path.Combine(study.Container, "Analysis.sln"), "");
        return study;
    }

    internal static (int Exit, string Output) RunCli(string repository, params string[] args)
    {
        using var process = StartCli(repository, [], args);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the CLI did not finish");
        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>Starts the built CLI in <paramref name="repository"/>, with extra environment variables; output redirected.</summary>
    internal static Process StartCli(string repository, Dictionary<string, string> environment, params string[] args)
    {
        // This test's own build configuration (Debug or Release) names the CLI's folder too.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var cli = Path.Combine(RepositoryStudies.Root, "src", "SurveyFigures.Cli", "bin", configuration, "net10.0", "SurveyFigures.Cli.dll");
        Assert.True(File.Exists(cli), $"CLI not built: {cli}");
        var start = new ProcessStartInfo("dotnet", [cli, .. args])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return Process.Start(start)!;
    }
}
