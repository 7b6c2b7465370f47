using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Protocol;

/// <summary>
/// The language behind the kernel. The server (sockets, signing, heartbeat, status, threads) knows nothing of C#;
/// it calls these on one execution thread, in the order the requests came, except <see cref="Interrupt"/>.
/// Positions are UTF-16 indexes here; the server converts from and to the protocol's code points.
/// </summary>
internal interface IInterpreter
{
    /// <summary>kernel_info's implementation, implementation_version, language_info and banner.</summary>
    KernelIdentity Identity { get; }

    /// <summary>Runs code; outputs go through <paramref name="context"/>. Returns null on success, else the error.</summary>
    ExecutionError? Execute(string code, int executionCount, IRequestContext context);

    /// <summary>"complete", "incomplete", "invalid" or "unknown", with the indent for the next line when incomplete.</summary>
    (string Status, string Indent) IsComplete(string code);

    /// <summary>Completions at a position: the span they replace and the candidates, with their kinds.</summary>
    CompletionList Complete(string code, int position);

    /// <summary>What is under the cursor, as a mime bundle, or null when nothing is known there.</summary>
    JsonObject? Inspect(string code, int position, int detailLevel);

    /// <summary>Stops the running execution, if any; called from the control thread.</summary>
    void Interrupt();
}

/// <summary>What an execution can do besides returning: publish outputs (with the request as parent) and ask for input.</summary>
internal interface IRequestContext
{
    bool AllowStdin { get; }

    void Publish(string type, JsonObject content);

    /// <summary>Sends input_request on stdin and waits for the reply; throws when stdin is not allowed or the wait is cancelled.</summary>
    string RequestInput(string prompt, bool password, CancellationToken cancellation);
}

internal sealed record KernelIdentity(string Implementation, string Version, JsonObject LanguageInfo, string Banner);

internal sealed record ExecutionError(string Name, string Value, IReadOnlyList<string> Traceback);

internal sealed record CompletionList(int Start, int End, IReadOnlyList<(string Text, string Kind)> Matches);
