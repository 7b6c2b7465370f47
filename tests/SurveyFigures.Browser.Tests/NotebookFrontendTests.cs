using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// A real notebook frontend: Debian's classic Jupyter Notebook (6.4) on 127.0.0.1 with a token, the repository's C#
/// kernel installed into a temporary kernelspec folder, and a copy of a notebook driven in headless Chromium through
/// selenium, in the server and browser every notebook runs in (<see cref="EveryNotebookInBrowser"/>, Python/lifecycle.py).
/// Run all draws every chart with no error output; after a reload a re-run chart cell draws, also once window.Plotly is
/// gone (the inlined copy runs again); interrupt stops a sleeping cell and the next cell runs; restart starts a new
/// session in which the facade and a chart run again.
/// </summary>
[Collection(ClassicNotebookCollection.Name)]
public sealed class NotebookFrontendTests(EveryNotebookInBrowser page, ITestOutputHelper output)
{
    internal const string InstallHint =
        "The notebook frontend test needs Debian's classic Notebook, selenium and chromedriver: " +
        "apt-get install jupyter-notebook python3-selenium chromium chromium-driver (the test command installs them through build/system-packages.sh).";

    [Fact]
    public void Classic_Notebook_runs_a_notebook_draws_every_chart_and_survives_reload_interrupt_and_restart()
    {
        Assert.True(page.Problem is null, page.Problem);
        var result = page.LifecycleResult;
        Assert.True(result is not null, $"no lifecycle result for {EveryNotebookInBrowser.Lifecycle}: {page.Result}");
        output.WriteLine($"reload, interrupt and restart of {result["notebook"]}: {result["seconds"]} s, in a run of {page.Seconds:0} s; " +
            $"sharing saved the server and browser start ({page.Result!["start_seconds"]} s) and a Run All ({page.Result["notebooks"]![result["notebook"]!.GetValue<string>()]!["run_all_seconds"]} s)");
        Assert.True(result["error"] is null, $"lifecycle.py failed: {result["error"]}");
        // The server refuses requests without the token.
        Assert.Equal(403, page.Result!["without_token"]!.GetValue<int>());

        var all = result["run_all"]!;
        Assert.Empty(all["errors"]!.AsArray());
        Assert.All(all["counts"]!.AsArray(), c => Assert.True(c is not null && c.GetValueKind() == System.Text.Json.JsonValueKind.Number, $"a cell did not run: {all["counts"]}"));
        AssertDrawn(all["charts"]!, 6, "after Run All");

        Assert.True(result["reload"]!["trusted"]!.GetValue<bool>(), result.ToJsonString());
        AssertDrawn(result["reload"]!["charts"]!, 1, "re-run after a reload");
        Assert.Empty(result["reload"]!["errors"]!.AsArray());
        // The page still holds the first chart's inlined copy, which the re-run chart ran again.
        Assert.Equal(1, result["without_plotly"]!["copies"]!.GetValue<int>());
        AssertDrawn(result["without_plotly"]!["charts"]!, 1, "re-run on a page without window.Plotly");

        var interrupt = result["interrupt"]!;
        Assert.Equal(["error:Interrupted"], interrupt["outputs"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.True(interrupt["seconds"]!.GetValue<double>() < 60, $"interrupt took {interrupt["seconds"]} s");
        Assert.Contains("42", interrupt["next"]!.GetValue<string>(), StringComparison.Ordinal);

        var restart = result["restart"]!;
        // The new session forgot the old one's variables, then ran the facade and a chart again.
        Assert.Contains(restart["state_lost"]!.AsArray(), o => o!.GetValue<string>().Contains("CS0103", StringComparison.Ordinal));
        AssertDrawn(restart["charts"]!, 1, "after a restart");
        Assert.Empty(restart["errors"]!.AsArray());
    }

    private static void AssertDrawn(JsonNode charts, int expected, string when)
    {
        var list = charts.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.True(list.Count >= expected, $"{list.Count} chart elements {when}, at least {expected} expected: {charts}");
        var blank = list.Where(c => !c["drawn"]!.GetValue<bool>()).Select(c => $"{c["id"]}: '{c["text"]}'").ToList();
        Assert.True(blank.Count == 0, $"Charts without plotly's svg {when}:\n{string.Join("\n", blank)}");
    }
}
