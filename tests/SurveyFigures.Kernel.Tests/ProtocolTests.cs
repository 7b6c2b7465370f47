using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace SurveyFigures.Kernel.Tests;

/// <summary>
/// Each case of Python/protocol.py, against a kernel started by jupyter_client's KernelManager: cases that act on the
/// process or import namespaces get a fresh one, the others take turns on one shared kernel (a fresh one after a
/// failure). The cases run in one Python process (started once for the class); every test asserts on its own case's facts.
/// </summary>
public sealed class ProtocolTests(ProtocolRun run, ITestOutputHelper output) : IClassFixture<ProtocolRun>
{
    [Theory]
    [InlineData("interrupt")]
    [InlineData("restart")]
    [InlineData("background")]
    [InlineData("sigkill")]
    [InlineData("stdin")]
    [InlineData("completion")]
    public void Protocol_case_passes(string name) => Case(name);

    [Fact]
    public void Message_with_bad_signature_is_dropped_and_logged_never_executed()
    {
        Case("bad-signature");

        Assert.Contains("dropped a message on shell: bad signature", run.Result.StandardError);
    }

    [Fact]
    public void An_exception_on_a_thread_a_cell_started_is_logged_and_the_kernel_lives()
    {
        Case("thread-exception");

        Assert.Contains("an exception escaped a thread a cell started; that thread ended, the kernel goes on: System.InvalidOperationException: boom from a thread", run.Result.StandardError);
        Assert.Contains("a thread a cell started stopped at the interrupt", run.Result.StandardError);
    }

    [Fact]
    public void A_signed_message_whose_msg_type_is_a_number_is_dropped_and_logged()
    {
        Case("msg-type-number");

        Assert.Contains("dropped a message on shell: header member msg_type is 42, expected a string", run.Result.StandardError);
    }

    [Fact]
    public void A_replayed_signed_message_is_dropped_and_logged_never_executed_twice()
    {
        var facts = Case("replay");

        Assert.Equal(1, facts["executions"]!.GetValue<int>());
        Assert.Contains("dropped a message on shell: replayed signature", run.Result.StandardError);
    }

    [Fact]
    public void Infinite_recursion_is_an_error_reply_not_a_dead_kernel()
    {
        var facts = Case("recursion");

        Assert.True(facts["traceback lines"]!.GetValue<int>() > 0);
    }

    [Fact]
    public void Two_hundred_executions_keep_memory_stable()
    {
        var facts = Case("memory");

        Assert.Equal(200, facts["executions"]!.GetValue<int>());
    }

    [Fact]
    public void A_cell_loads_Deedle_and_Plotly_NET_directly_and_displays_a_frame_and_a_chart()
    {
        var facts = Case("libraries");

        Assert.Contains("application/vnd.plotly.v1+json", facts["chart mime types"]!.AsArray().Select(m => m!.GetValue<string>()));
        // The kernel's own FSharp.Core is 10.1, which the last Polyglot kernel lacks.
        Assert.StartsWith("10.1.", facts["FSharp.Core"]![0]!.GetValue<string>());
    }

    [Fact]
    public void A_cell_draws_a_chart_with_Plotly_NET_CSharp_from_a_Deedle_frame_offline()
    {
        var facts = Case("plotly-csharp");

        Assert.Contains("application/vnd.plotly.v1+json", facts["chart mime types"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.True(facts["offline html"]!.GetValue<bool>());
        var trace = facts["trace"]!.AsObject();
        Assert.Equal("bar", trace["type"]!.GetValue<string>());
        Assert.Equal([66, 50], trace["y"]!.AsArray().Select(v => v!.GetValue<int>()));
        Assert.Equal(["doctors", "nurses"], trace["x"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private JsonObject Case(string name)
    {
        var facts = run.Case(name);
        output.WriteLine(facts?.ToJsonString() ?? run.Result.ToString());
        Assert.True(facts is not null, $"no result for case '{name}':\n{run.Result}");
        Assert.True(facts!["ok"]!.GetValue<bool>(), $"{facts["error"]}\n{run.Result}");
        return facts;
    }
}

/// <summary>Runs every case of protocol.py once for the test class and keeps each case's line of facts.</summary>
public sealed class ProtocolRun
{
    private readonly Dictionary<string, JsonObject> cases;

    public ProtocolRun()
    {
        Result = JupyterClients.Run("protocol.py");
        cases = Result.Cases();
    }

    internal ProcessResult Result { get; }

    internal JsonObject? Case(string name) => cases.GetValueOrDefault(name);
}
