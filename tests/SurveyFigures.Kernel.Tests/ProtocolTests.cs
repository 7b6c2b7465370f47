using Xunit.Abstractions;
using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Tests.Support;

namespace SurveyFigures.Kernel.Tests;

/// <summary>Each case of Python/protocol.py, against a fresh kernel started by jupyter_client's KernelManager.</summary>
public sealed class ProtocolTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("interrupt")]
    [InlineData("restart")]
    [InlineData("background")]
    [InlineData("sigkill")]
    [InlineData("stdin")]
    [InlineData("completion")]
    public void Protocol_case_passes(string name) => Run(name);

    [Fact]
    public void Message_with_bad_signature_is_dropped_and_logged_never_executed()
    {
        var result = Run("bad-signature");

        Assert.Contains("dropped a message on shell: bad signature", result.StandardError);
    }

    [Fact]
    public void Two_hundred_executions_keep_memory_stable()
    {
        var facts = Facts(Run("memory"));

        Assert.Equal(200, facts["executions"]!.GetValue<int>());
    }

    [Fact]
    public void A_cell_loads_Deedle_and_Plotly_NET_directly_and_displays_a_frame_and_a_chart()
    {
        var facts = Facts(Run("libraries"));

        Assert.Contains("application/vnd.plotly.v1+json", facts["chart mime types"]!.AsArray().Select(m => m!.GetValue<string>()));
        // The kernel's own FSharp.Core is 10.1, which the last Polyglot kernel lacks.
        Assert.StartsWith("10.1.", facts["FSharp.Core"]![0]!.GetValue<string>());
    }

    private ProcessResult Run(string name)
    {
        var result = JupyterClients.Run("protocol.py", name);
        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Facts(result)["ok"]!.GetValue<bool>(), result.ToString());
        return result;
    }

    private static JsonObject Facts(ProcessResult result) =>
        JsonNode.Parse(result.StandardOutput.Trim().Split('\n')[^1])!.AsObject();
}
