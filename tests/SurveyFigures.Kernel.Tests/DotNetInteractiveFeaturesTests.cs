using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace SurveyFigures.Kernel.Tests;

/// <summary>
/// The Polyglot column of docs/kernel.md's "What works where", row by row, shown on the pinned .NET Interactive
/// (Python/dotnet_interactive_features.py): through Jupyter (the `.net-csharp` kernelspec with --http-local-only, one
/// kernel for every case) and through `dotnet interactive stdio`, the JSON command transport Polyglot drives from VS Code.
/// The facts are what this version does, so a newer one that behaves otherwise fails here and the table is reworded.
/// </summary>
[Collection(StockKernelCollection.Name)]
public sealed class DotNetInteractiveFeaturesTests(DotNetInteractiveFeatures run, ITestOutputHelper output) : IClassFixture<DotNetInteractiveFeatures>
{
    private const string FSharpCore101 = "Could not load file or assembly 'FSharp.Core, Version=10.1.0.0";

    [Fact]
    public void Deedle_and_Plotly_NET_restore_offline_then_fail_at_their_first_call_for_want_of_FSharp_Core_10_1()
    {
        var facts = Case("libraries");

        Assert.Equal("ok", facts["restored"]!.GetValue<string>());
        Assert.True(facts["installing display"]!.GetValue<bool>());
        foreach (var library in new[] { "deedle", "plotly" })
        {
            var (status, error) = (facts[library]![0]!.GetValue<string>(), facts[library]![1]!.GetValue<string>());
            Assert.Equal("error", status);
            Assert.Contains(FSharpCore101, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Magic_commands_of_every_language_are_listed_and_time_and_who_run()
    {
        var facts = Case("magics");

        Assert.Equal(["#!fsharp", "#!pwsh", "#!set", "#!share", "#!time", "#!who"], Strings(facts["lsmagic"]!));
        Assert.StartsWith("Wall time: ", Assert.Single(Strings(facts["time"]!)), StringComparison.Ordinal);
        Assert.True(facts["who lists answer"]!.GetValue<bool>());
    }

    [Fact]
    public void Console_ReadLine_through_Jupyter_sends_no_input_request_and_reads_nothing()
    {
        var facts = Case("stdin");

        Assert.Equal("ok", facts["status"]!.GetValue<string>());
        Assert.Equal(0, facts["prompted"]!.GetValue<int>());
        Assert.Equal("hello \n", facts["stdout"]!.GetValue<string>());
    }

    [Fact]
    public void Completion_answers_through_Jupyter_inspection_does_not_and_Polyglot_hover_does()
    {
        var facts = Case("completion");

        Assert.Equal(["Write($1)", "WriteLine($1)"], Strings(facts["matches"]!));
        Assert.Null(facts["inspect reply"]);
        Assert.Equal(["(field) List<string> stamps"], Strings(Case("polyglot-hover")["hover"]!));
    }

    [Fact]
    public void Interrupt_through_Jupyter_is_ignored_as_a_message_and_ends_the_kernel_as_a_signal()
    {
        var message = Case("interrupt-request");
        var signal = Case("interrupt-signal");

        // interrupt_request gets no reply, and the cell runs both its statements to the end.
        Assert.Null(message["control reply"]);
        Assert.Equal("ok", message["cell status"]!.GetValue<string>());
        Assert.Equal(["first,second"], Strings(message["statements run"]!));
        // The kernelspec names no interrupt_mode, so Jupyter sends SIGINT: no reply, and the kernel is gone.
        Assert.Equal("signal", signal["interrupt mode"]!.GetValue<string>());
        Assert.Null(signal["cell reply"]);
        Assert.False(signal["alive"]!.GetValue<bool>());
    }

    [Fact]
    public void Polyglot_cancel_reports_the_cell_cancelled_at_once_while_its_statements_run_on()
    {
        var facts = Case("polyglot-cancel");

        Assert.Equal(["CommandFailed", "Command cancelled."], Strings(facts["cell outcome"]!));
        Assert.True(facts["reported after the cancel, s"]!.GetValue<double>() < 2, $"cancel reported after {facts["reported after the cancel, s"]} s");
        Assert.Equal(["first,second"], Strings(facts["statements run"]!));
    }

    /// <summary>The stdio kernel's whole process tree ends with the cases: the tool runs as the dotnet muxer's child, which once outlived them.</summary>
    [Fact]
    public void No_polyglot_process_outlives_the_cases()
    {
        Assert.False(Case("stdio-cleanup")["processes left"]!.GetValue<bool>());
    }

    private static List<string> Strings(JsonNode array) => [.. array.AsArray().Select(a => a!.GetValue<string>())];

    private JsonObject Case(string name)
    {
        var facts = run.Case(name);
        output.WriteLine($"{run.Seconds:0} s for every case; {facts?.ToJsonString() ?? run.Result.ToString()}");
        Assert.True(facts is not null, $"no result for case '{name}':\n{run.Result}");
        Assert.True(facts!["ok"]!.GetValue<bool>(), $"{facts["error"]}\n{run.Result}");
        return facts;
    }
}

/// <summary>Runs every case of dotnet_interactive_features.py once for the test class, from the repository (the pinned tool).</summary>
public sealed class DotNetInteractiveFeatures
{
    private readonly Dictionary<string, JsonObject> cases;

    public DotNetInteractiveFeatures()
    {
        JupyterClients.EnsureClients();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Result = JupyterClients.Start(JupyterClients.Python, [Path.Combine(AppContext.BaseDirectory, "Python", "dotnet_interactive_features.py")],
            TimeSpan.FromMinutes(10), JupyterClients.Root, DotNetInteractive.Environment);
        Seconds = watch.Elapsed.TotalSeconds;
        cases = Result.Cases();
    }

    internal ProcessResult Result { get; }

    internal double Seconds { get; }

    internal JsonObject? Case(string name) => cases.GetValueOrDefault(name);
}
