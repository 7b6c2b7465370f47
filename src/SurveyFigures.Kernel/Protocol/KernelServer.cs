using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace SurveyFigures.Kernel.Protocol;

/// <summary>
/// The Jupyter side of the kernel, language-agnostic. Threads and who owns what:
/// <list type="bullet">
/// <item>the socket thread (the caller of <see cref="Run"/>) owns shell, control, stdin and iopub: it receives on
/// the first three and sends everything, from one outgoing queue, so messages leave in the order they were made;</item>
/// <item>the heartbeat thread owns the heartbeat socket and echoes;</item>
/// <item>the execution thread handles shell requests one at a time, in order, and only enqueues what it sends.</item>
/// </list>
/// Control requests (interrupt, shutdown) are handled on the socket thread, so they work while a cell runs.
/// </summary>
internal sealed partial class KernelServer : IDisposable
{
    private readonly ConnectionInfo connection;
    private readonly IInterpreter interpreter;
    private readonly WireFormat wire;
    private readonly string session = Guid.NewGuid().ToString("N");
    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly ResponseSocket heartbeat = new();
    private readonly NetMQQueue<Outgoing> outgoing = new();
    private readonly BlockingCollection<JupyterMessage> shellRequests = [];
    private readonly BlockingCollection<JupyterMessage> inputReplies = [];
    private readonly NetMQPoller poller;
    private readonly NetMQPoller heartbeatPoller;
    private int executionCount;

    /// <summary>
    /// The stack of the thread cells run on: room for deep recursion that ends (a million frames of a small local
    /// function) where a default thread has 1.5 MB. Runaway recursion is stopped by the check the engine inserts in
    /// every method body (CellInterrupt.CheckCall) before the stack overflows; only reserved, not committed, until used.
    /// </summary>
    public const int CellStackSize = 64 * 1024 * 1024;

    public KernelServer(ConnectionInfo connection, IInterpreter interpreter)
    {
        this.connection = connection;
        this.interpreter = interpreter;
        wire = new WireFormat(new MessageSigner(connection.Key));
        poller = new NetMQPoller { shell, control, stdin, outgoing };
        heartbeatPoller = new NetMQPoller { heartbeat };
        shell.ReceiveReady += (_, e) => Receive(e.Socket, "shell", shellRequests.Add);
        control.ReceiveReady += (_, e) => Receive(e.Socket, "control", HandleControl);
        stdin.ReceiveReady += (_, e) => Receive(e.Socket, "stdin", OnInput);
        heartbeat.ReceiveReady += (_, e) => e.Socket.SendFrame(e.Socket.ReceiveFrameBytes());
        outgoing.ReceiveReady += (_, e) => SendQueued(e.Queue);
    }

    /// <summary>Binds every channel and serves until a shutdown request; the calling thread becomes the socket thread.</summary>
    public void Run()
    {
        shell.Bind(connection.Address(connection.ShellPort));
        control.Bind(connection.Address(connection.ControlPort));
        stdin.Bind(connection.Address(connection.StdinPort));
        iopub.Bind(connection.Address(connection.IopubPort));
        heartbeat.Bind(connection.Address(connection.HbPort));
        heartbeatPoller.RunAsync("jupyter-heartbeat", isBackgroundThread: true);
        var execution = new Thread(ExecuteRequests, CellStackSize) { Name = "jupyter-execution", IsBackground = true };
        execution.Start();
        Publish(null, "status", new JsonObject { ["execution_state"] = "starting" });
        KernelLog.Write($"listening on {connection.Ip} (shell {connection.ShellPort}, control {connection.ControlPort}, iopub {connection.IopubPort})");
        poller.Run();
        heartbeatPoller.Stop();
    }

    public void Dispose()
    {
        poller.Dispose();
        heartbeatPoller.Dispose();
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub, heartbeat })
        {
            socket.Options.Linger = TimeSpan.FromMilliseconds(500);
            socket.Dispose();
        }
        outgoing.Dispose();
        NetMQConfig.Cleanup(block: false);
    }

    private void Receive(NetMQSocket socket, string channel, Action<JupyterMessage> handle)
    {
        var message = wire.Decode(socket.ReceiveMultipartMessage(), out var problem);
        if (message is null)
        {
            // Never executed: a message that does not verify could come from anyone who can reach the port.
            KernelLog.Write($"dropped a message on {channel}: {problem}");
            return;
        }
        handle(message);
    }

    private void ExecuteRequests()
    {
        foreach (var request in shellRequests.GetConsumingEnumerable())
        {
            try
            {
                WithStatus(request, () => HandleShell(request));
            }
            catch (Exception error)
            {
                // A bug in a handler must not take the kernel down: log it and keep serving.
                KernelLog.Write($"{request.Type} failed: {error}");
            }
        }
    }

    private void HandleShell(JupyterMessage request)
    {
        switch (request.Type)
        {
            case "execute_request": Execute(request); break;
            case "kernel_info_request": Reply(request, "kernel_info_reply", KernelInfo()); break;
            case "is_complete_request": Reply(request, "is_complete_reply", IsComplete(request)); break;
            case "complete_request": Reply(request, "complete_reply", Complete(request)); break;
            case "inspect_request": Reply(request, "inspect_reply", Inspect(request)); break;
            case "history_request": Reply(request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() }); break;
            case "comm_info_request": Reply(request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() }); break;
            case "shutdown_request": Shutdown(request, "shell"); break;
            case "comm_open":
                // No comm targets here: close it at once, as the protocol asks of a kernel without the target.
                Publish(request, "comm_close", new JsonObject { ["comm_id"] = request.Text("comm_id"), ["data"] = new JsonObject() });
                break;
            case "comm_msg" or "comm_close": break;
            default: KernelLog.Write($"ignored unknown shell message type '{request.Type}'"); break;
        }
    }

    private void HandleControl(JupyterMessage request)
    {
        try
        {
            WithStatus(request, () => ServeControl(request));
        }
        catch (Exception error)
        {
            // The socket thread must survive a failing handler: it is the only one that can still send anything.
            KernelLog.Write($"{request.Type} failed: {error}");
        }
    }

    private void ServeControl(JupyterMessage request)
    {
        switch (request.Type)
        {
            case "interrupt_request":
                interpreter.Interrupt();
                Reply(request, "interrupt_reply", new JsonObject { ["status"] = "ok" }, control);
                break;
            case "shutdown_request": Shutdown(request, "control"); break;
            case "kernel_info_request": Reply(request, "kernel_info_reply", KernelInfo(), control); break;
            default: KernelLog.Write($"ignored unknown control message type '{request.Type}'"); break;
        }
    }

    private void Execute(JupyterMessage request)
    {
        var code = request.Text("code");
        var silent = request.Flag("silent", false);
        if (request.Flag("store_history", true) && !silent)
        {
            executionCount++;
        }
        var count = executionCount;
        var context = new RequestContext(this, request, silent);
        if (!silent)
        {
            Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }
        var error = interpreter.Execute(code, count, context);
        if (error is null)
        {
            Reply(request, "execute_reply", new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["payload"] = new JsonArray(),
                ["user_expressions"] = new JsonObject(),
            });
            return;
        }
        Reply(request, "execute_reply", new JsonObject
        {
            ["status"] = "error",
            ["execution_count"] = count,
            ["ename"] = error.Name,
            ["evalue"] = error.Value,
            ["traceback"] = new JsonArray(error.Traceback.Select(l => (JsonNode?)l).ToArray()),
        });
        if (request.Flag("stop_on_error", true))
        {
            AbortQueuedExecutions();
        }
    }

    // After an error, cells the frontend already queued behind the failed one are not run (as ipykernel does).
    private void AbortQueuedExecutions()
    {
        var keep = new List<JupyterMessage>();
        while (shellRequests.TryTake(out var queued))
        {
            if (queued.Type == "execute_request")
            {
                WithStatus(queued, () => Reply(queued, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = executionCount }));
            }
            else
            {
                keep.Add(queued);
            }
        }
        keep.ForEach(shellRequests.Add);
    }

    private void Shutdown(JupyterMessage request, string channel)
    {
        var restart = request.Flag("restart", false);
        KernelLog.Write($"shutdown requested on {channel}{(restart ? " (restart: the client starts a new process)" : "")}");
        interpreter.Interrupt();
        Reply(request, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart }, channel == "control" ? control : shell);
        outgoing.Enqueue(Outgoing.Stop);
    }

    private void OnInput(JupyterMessage message)
    {
        if (message.Type == "input_reply")
        {
            inputReplies.Add(message);
        }
    }

    private string RequestInput(JupyterMessage parent, string prompt, bool password, CancellationToken cancellation)
    {
        while (inputReplies.TryTake(out _))
        {
            // A reply nobody waited for (the previous wait was interrupted) must not answer this request.
        }
        Send(stdin, JupyterMessage.Create(session, "input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password }, parent));
        return inputReplies.Take(cancellation).Text("value");
    }

    private void WithStatus(JupyterMessage request, Action handle)
    {
        Publish(request, "status", new JsonObject { ["execution_state"] = "busy" });
        try
        {
            handle();
        }
        finally
        {
            Publish(request, "status", new JsonObject { ["execution_state"] = "idle" });
        }
    }

    private void Reply(JupyterMessage request, string type, JsonObject content, NetMQSocket? socket = null) =>
        Send(socket ?? shell, JupyterMessage.Create(session, type, content, request));

    private void Publish(JupyterMessage? parent, string type, JsonObject content) =>
        Send(iopub, JupyterMessage.Create(session, type, content, parent, identities: [System.Text.Encoding.UTF8.GetBytes(type)]));

    private void Send(NetMQSocket socket, JupyterMessage message) => outgoing.Enqueue(new Outgoing(socket, message));

    private void SendQueued(NetMQQueue<Outgoing> queue)
    {
        while (queue.TryDequeue(out var item, TimeSpan.Zero))
        {
            if (item.Socket is null)
            {
                poller.Stop();
                return;
            }
            item.Socket.SendMultipartMessage(wire.Encode(item.Message!));
        }
    }

    private sealed record Outgoing(NetMQSocket? Socket, JupyterMessage? Message)
    {
        public static readonly Outgoing Stop = new(null, null);
    }

    /// <summary>One request's view of the server, handed to the interpreter (thread-safe: it only enqueues).</summary>
    private sealed class RequestContext(KernelServer server, JupyterMessage request, bool silent) : IRequestContext
    {
        public bool AllowStdin => request.Flag("allow_stdin", false);

        public void Publish(string type, JsonObject content)
        {
            if (!silent)
            {
                server.Publish(request, type, content);
            }
        }

        public string RequestInput(string prompt, bool password, CancellationToken cancellation) =>
            AllowStdin
                ? server.RequestInput(request, prompt, password, cancellation)
                : throw new InvalidOperationException(
                    "This frontend does not accept input (allow_stdin is false), so Console.ReadLine cannot be answered here.");
    }
}
