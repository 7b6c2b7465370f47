using System.Net;
using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Tests.Support;

namespace SurveyFigures.Kernel.Tests;

/// <summary>
/// Every notebook under notebooks/ executed by nbclient through the real .NET Interactive kernel that Polyglot runs
/// (Microsoft.dotnet-interactive 1.0.712001, FSharp.Core 10.0): the notebooks reach Deedle and Plotly.NET only through
/// the F#-free facade, so they must run there with no error and draw their charts. The kernel's sockets (its HTTP API
/// among them) must listen on the loopback interface only.
/// Per cell, its outputs must match the headless runner's (<see cref="RunnerCopies"/>), which is what the executed
/// notebooks under artifacts/notebooks/ show: the same outputs in the same order, each of the same type, with the same
/// set of mime types and the same text/plain (line endings aside), or the same stream text. Two things are not
/// compared, because they differ by design: the HTML itself (chart div ids are per display, plotly.js is inlined where
/// a session first shows a chart) and the display .NET Interactive adds to its first cell (its HTTP API's loader
/// script, <see cref="CellOutputs.DotNetInteractiveLoader"/>), which the test requires to be there and then sets aside.
/// </summary>
[Collection(StockKernelCollection.Name)]
public sealed class DotNetInteractiveTests
{
    [Fact]
    public void The_kernelspec_keeps_the_HTTP_API_on_the_loopback_interface()
    {
        var spec = JsonNode.Parse(File.ReadAllText(DotNetInteractive.KernelJson))!.AsObject();
        var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();

        Assert.Contains(DotNetInteractive.LocalOnly, argv);
        Assert.Equal(["dotnet", "interactive", "jupyter"], argv.Take(3));
    }

    [Theory]
    [MemberData(nameof(NotebookExecutionTests.Notebooks), MemberType = typeof(NotebookExecutionTests))]
    public void Notebook_runs_in_NET_Interactive_with_its_charts(string notebook)
    {
        JupyterClients.EnsureClients();
        var folder = Directory.CreateTempSubdirectory("dotnet-interactive-notebooks-").FullName;
        try
        {
            var source = Path.Combine(RepositoryLayout.Notebooks(JupyterClients.Root), notebook);

            var result = JupyterClients.Start(JupyterClients.Python,
                [Path.Combine(AppContext.BaseDirectory, "Python", "dotnet_interactive.py"), source, folder],
                TimeSpan.FromMinutes(10), environment: DotNetInteractive.Environment);

            Assert.True(result.ExitCode == 0, result.ToString());
            var summary = JsonNode.Parse(result.StandardOutput.Trim().Split('\n')[^1])!.AsObject();
            Assert.Contains(DotNetInteractive.LocalOnly, summary["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
            var cells = summary["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
            Assert.NotEmpty(cells);
            var errors = cells.SelectMany(c => c["errors"]!.AsArray().Select(e => e!.GetValue<string>())).ToList();
            Assert.True(errors.Count == 0, $"{notebook}: {string.Join("\n", errors)}");
            Assert.All(cells, c => Assert.NotNull(c["count"]));
            // Each Plotly figure arrives with its offline HTML: a chart div and the script that draws it.
            Assert.All(cells.Where(c => c["mime"]!.AsArray().Any(m => m!.GetValue<string>() == "application/vnd.plotly.v1+json")),
                c => Assert.True(c["charts"]!.GetValue<int>() > 0, $"{notebook}: a cell with a Plotly figure has no HTML chart div: {c}"));
            Assert.True(cells.Sum(c => c["charts"]!.GetValue<int>()) > 0, $"{notebook}: no chart drawn");

            var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, notebook)))!.AsObject();
            AssertSameOutputsAsTheRunner(notebook, executed);

            var sockets = summary["sockets"]!.AsArray().Select(s => (Address: s!["address"]!.GetValue<string>(), Port: s["port"]!.GetValue<int>())).ToList();
            Assert.True(sockets.Count > 0, "No listening socket found for the kernel's processes (the /proc scan saw nothing).");
            Assert.All(sockets, s => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(s.Address)),
                $"The kernel listens on {s.Address}:{s.Port}, not only on the loopback interface: {string.Join(", ", sockets)}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertSameOutputsAsTheRunner(string notebook, JsonObject executed)
    {
        var firstCell = executed["cells"]!.AsArray().Select(c => c!.AsObject()).First(c => c["cell_type"]!.GetValue<string>() == "code");
        Assert.Contains(firstCell["outputs"]!.AsArray(), o => CellOutputs.IsLoader(o!.AsObject()));
        var interactive = CellOutputs.Of(executed);
        var runner = CellOutputs.Of(RunnerCopies.Executed(notebook));
        Assert.Equal(runner.Count, interactive.Count);
        Assert.Contains(runner, outputs => outputs.Count > 0);
        var differences = runner.Zip(interactive, (r, i) => (Runner: r, Interactive: i))
            .Select((pair, index) => (Index: index, pair.Runner, pair.Interactive))
            .Where(c => !c.Runner.SequenceEqual(c.Interactive, StringComparer.Ordinal))
            .Select(c => $"code cell {c.Index}:\n  runner:      {string.Join("\n               ", c.Runner)}\n  .NET Interactive: {string.Join("\n               ", c.Interactive)}")
            .ToList();
        Assert.True(differences.Count == 0, $"{notebook}: outputs differ from the runner's\n{string.Join("\n", differences)}");
    }
}
