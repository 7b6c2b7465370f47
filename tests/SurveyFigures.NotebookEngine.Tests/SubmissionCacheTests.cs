using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

/// <summary>
/// Compiled cells kept across runs (<c>--cell-cache</c>, SubmissionCache): an unchanged notebook is loaded, not
/// compiled, with the same executed copy as a compiled run; a changed cell, a changed earlier cell and a changed
/// reference are compiled again; a corrupt entry is compiled again; compile errors are reported as without the cache
/// and never stored. Each run is a runner process of its own, as in the main job.
/// </summary>
public sealed class SubmissionCacheTests : IDisposable
{
    private static readonly string[] Cells =
    [
        "record Point(int X, int Y);\nvar points = new List<Point> { new(1, 2), new(3, 4) };",
        "var total = 0;\nforeach (var p in points) { total += p.X * p.Y; }\nConsole.Write($\"total {total}\");",
        "int Twice(int v) => 2 * v;\npoints.Select(p => Twice(p.X)).Sum()",
        "display(points[1]);\nnew { Name = \"anonymous\", Count = points.Count }",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("cell-cache-tests-").FullName;

    private string Cache => Path.Combine(folder, "cache");

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void An_unchanged_notebook_is_loaded_and_gives_the_same_executed_copy_as_a_compiled_run()
    {
        var uncached = Run(Cells, cache: false);
        var first = Run(Cells);
        var second = Run(Cells);

        Assert.Equal((0, 4), (first.Loaded, first.Compiled));
        Assert.Equal((4, 0), (second.Loaded, second.Compiled));
        Assert.Equal(uncached.Executed, first.Executed);
        Assert.Equal(first.Executed, second.Executed);
        Assert.Contains("total 14", second.Executed, StringComparison.Ordinal);
        Assert.Contains("\"8\"", second.Executed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_cell_is_compiled_again_and_the_cells_before_it_are_loaded()
    {
        Run(Cells);
        var changed = Cells.ToArray();
        changed[2] = "int Twice(int v) => 2 * v;\npoints.Select(p => Twice(p.Y)).Sum()";

        var run = Run(changed);

        Assert.Equal((2, 2), (run.Loaded, run.Compiled));
        Assert.Contains("\"12\"", run.Executed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_earlier_cell_compiles_every_cell_after_it()
    {
        Run(Cells);
        var changed = Cells.ToArray();
        changed[0] = "record Point(int X, int Y);\nvar points = new List<Point> { new(1, 2), new(3, 5) };";

        var run = Run(changed);

        Assert.Equal((0, 4), (run.Loaded, run.Compiled));
        Assert.Contains("total 17", run.Executed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_reference_compiles_the_cell_that_adds_it_and_every_later_one()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "FormatterFixture.dll"), Path.Combine(folder, "FormatterFixture.dll"));
        string[] cells = ["var before = 1;", "#r \"FormatterFixture.dll\"\nvar chart = new FormatterFixture.FixtureChart(\"t\");", "chart.Title + before"];
        Assert.Equal((0, 3), Counts(Run(cells)));
        Assert.Equal((3, 0), Counts(Run(cells)));

        File.SetLastWriteTimeUtc(Path.Combine(folder, "FormatterFixture.dll"), DateTime.UtcNow.AddMinutes(1));
        var run = Run(cells);

        Assert.Equal((1, 2), Counts(run));
        Assert.Contains("\"t1\"", run.Executed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_or_truncated_entry_is_compiled_again_and_rewritten()
    {
        var first = Run(Cells);
        var entries = Directory.GetFiles(Cache, "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, entries.Count);
        var bytes = File.ReadAllBytes(entries[0]);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(entries[0], bytes);
        File.WriteAllBytes(entries[1], File.ReadAllBytes(entries[1])[..100]);
        File.WriteAllText(entries[2], "");

        var second = Run(Cells);
        var third = Run(Cells);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(4, second.Loaded + second.Compiled);
        Assert.True(second.Compiled >= 3, $"{second.Compiled} compiled");
        Assert.Equal(first.Executed, second.Executed);
        Assert.Equal((4, 0), Counts(third));
        Assert.Equal(first.Executed, third.Executed);
    }

    [Fact]
    public void Compile_errors_are_reported_as_without_the_cache_and_never_stored()
    {
        string[] cells = ["var ok = 1;", "var n = 0;\nfor (var i = 0; i < 3; i++) { n += missing; }"];
        var uncached = Run(cells, cache: false);
        var first = Run(cells);
        var second = Run(cells);

        Assert.NotEqual(0, first.ExitCode);
        Assert.Equal((0, 2), Counts(first));
        Assert.Equal((1, 1), Counts(second));
        Assert.Equal(uncached.Executed, first.Executed);
        Assert.Equal(first.Executed, second.Executed);
        var error = Outputs(second.Executed, 2).Single()!;
        Assert.StartsWith("(2,36): error CS0103: The name 'missing' does not exist", error["evalue"]!.GetValue<string>());
        Assert.Single(Directory.GetFiles(Cache, "*.bin", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_loaded_cell_keeps_its_runtime_error_line_and_its_interrupt_points()
    {
        // The second cell's recursion is stopped by the stack check its interrupt points carry, not by a crash.
        string[] cells = ["var ok = 1;", "int Deep(int n) => Deep(n + 1) + 1;\nvar x = ok;\nDeep(0)", "throw new InvalidOperationException(\"never\");"];
        string[] throwing = ["var ok = 1;", "var y = ok;\nthrow new InvalidOperationException(\"boom\");"];
        var recursion = Run(cells);
        var recursionLoaded = Run(cells);
        var thrown = Run(throwing);
        var thrownLoaded = Run(throwing);

        Assert.Equal((2, 0), Counts(recursionLoaded));
        Assert.Equal((2, 0), Counts(thrownLoaded));
        foreach (var run in new[] { recursion, recursionLoaded })
        {
            var error = Outputs(run.Executed, 2).Single()!;
            Assert.Equal("System.InsufficientExecutionStackException", error["ename"]!.GetValue<string>());
        }
        foreach (var run in new[] { thrown, thrownLoaded })
        {
            var error = Outputs(run.Executed, 2).Single()!;
            Assert.Equal("boom", error["evalue"]!.GetValue<string>());
            Assert.Contains("at cell 2, line 2", Nbformat.Text(error["traceback"]));
        }
    }

    [Fact]
    public async Task Two_runners_filling_one_cache_at_once_both_succeed_and_leave_whole_entries()
    {
        var notebook = Write(Cells, "shared.ipynb");
        var runs = Enumerable.Range(0, 2).Select(i => Task.Run(() => RunnerProcess.Run(folder,
            [notebook, "--output-dir", Path.Combine(folder, $"out{i}"), "--cell-cache", Cache]))).ToArray();
        var results = await Task.WhenAll(runs);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Empty(Directory.GetFiles(Cache, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal((4, 0), Counts(Run(Cells)));
    }

    private static (int Loaded, int Compiled) Counts(CachedRun run) => (run.Loaded, run.Compiled);

    private sealed record CachedRun(int ExitCode, int Loaded, int Compiled, string Executed);

    private int runs;

    private CachedRun Run(string[] cells, bool cache = true)
    {
        var notebook = Write(cells, "cells.ipynb");
        var output = Path.Combine(folder, $"out{++runs}");
        var summary = Path.Combine(folder, $"summary{runs}.json");
        string[] args = [notebook, "--output-dir", output, "--summary-json", summary, .. cache ? (string[])["--cell-cache", Cache] : []];
        var result = RunnerProcess.Run(folder, args);
        var entry = JsonNode.Parse(File.ReadAllText(summary))!.AsArray().Single()!;
        return new CachedRun(result.ExitCode, entry["cells_loaded"]!.GetValue<int>(), entry["cells_compiled"]!.GetValue<int>(),
            File.ReadAllText(Path.Combine(output, "cells.ipynb")));
    }

    private string Write(string[] cells, string name)
    {
        var notebook = new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select(c => (JsonNode)new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["outputs"] = new JsonArray(),
                ["source"] = c,
            }).ToArray()),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    private static JsonArray Outputs(string executed, int cell) =>
        (JsonArray)JsonNode.Parse(executed)!["cells"]![cell - 1]!["outputs"]!;
}
