using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookRunner.Tests;

/// <summary>
/// A runner dies with the process that started it: its parent (a shell standing in for `reproduce`) killed with -9,
/// the runner, busy in a cell that would sleep for two minutes, is gone within seconds instead of writing into
/// artifacts/ for a run nobody waits for.
/// </summary>
public class ParentDeathTests
{
    [Fact]
    public void A_runner_dies_within_seconds_when_its_parent_is_killed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the parent-death signal is Linux's
        }
        var folder = Directory.CreateTempSubdirectory("runner-parent-death-").FullName;
        var started = Path.Combine(folder, "cell-started");
        var runnerPid = Path.Combine(folder, "runner.pid");
        var notebook = Path.Combine(folder, "sleeps.ipynb");
        File.WriteAllText(notebook, Notebook($"System.IO.File.WriteAllText(@\"{started}\", \"started\");\nSystem.Threading.Thread.Sleep(120_000);"));
        var runner = Path.Combine(RepositoryLayout.RunnerBin(RepositoryLayout.FindRoot(AppContext.BaseDirectory)), "SurveyFigures.NotebookRunner.dll");
        Assert.True(File.Exists(runner), $"runner not built: {runner}");
        // The shell is the runner's parent, gives it its pid as reproduce does, and waits for it.
        var script = $"SURVEYFIGURES_PARENT_PID=$$ dotnet '{runner}' '{notebook}' --output-dir '{Path.Combine(folder, "out")}' & echo $! > '{runnerPid}'; wait";
        using var parent = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script]) { WorkingDirectory = folder, UseShellExecute = false })!;
        Process? child = null;
        try
        {
            var waited = Stopwatch.StartNew();
            while (!File.Exists(started) && waited.Elapsed < TimeSpan.FromMinutes(2) && !parent.HasExited)
            {
                Thread.Sleep(50);
            }
            Assert.True(File.Exists(started), "the runner never reached the sleeping cell");
            child = Process.GetProcessById(int.Parse(File.ReadAllText(runnerPid).Trim(), System.Globalization.CultureInfo.InvariantCulture));

            parent.Kill(); // SIGKILL: the shell cannot pass anything on

            Assert.True(child.WaitForExit(TimeSpan.FromSeconds(5)), "the runner outlived its parent by 5 s");
        }
        finally
        {
            if (child is { HasExited: false })
            {
                child.Kill();
            }
            child?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_runner_whose_parent_is_already_gone_writes_nothing()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var folder = Directory.CreateTempSubdirectory("runner-orphan-").FullName;
        try
        {
            var notebook = Path.Combine(folder, "writes.ipynb");
            File.WriteAllText(notebook, Notebook("Console.WriteLine(1);"));
            var runner = Path.Combine(RepositoryLayout.RunnerBin(RepositoryLayout.FindRoot(AppContext.BaseDirectory)), "SurveyFigures.NotebookRunner.dll");
            var start = new ProcessStartInfo("dotnet", [runner, notebook, "--output-dir", Path.Combine(folder, "out")]) { UseShellExecute = false };
            // Not this test's pid: as if the process that started the runner had died and the runner been re-parented.
            start.Environment["SURVEYFIGURES_PARENT_PID"] = (Environment.ProcessId + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var process = Process.Start(start)!;
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));

            Assert.Equal(3, process.ExitCode);
            Assert.False(Directory.Exists(Path.Combine(folder, "out")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Notebook(string code) => new JsonObject
    {
        ["cells"] = new JsonArray(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
            ["outputs"] = new JsonArray(),
            ["source"] = code,
        }),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 2,
    }.ToJsonString();
}
