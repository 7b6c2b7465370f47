extern alias kernel;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using kernel::SurveyFigures.Kernel.Protocol;

namespace SurveyFigures.Bench;

/// <summary>
/// The C# Jupyter kernel as a client meets it: process start to the kernel_info reply, the first cell (Roslyn's first
/// compile), and a warm cell. Stopwatch timings over whole processes (BenchmarkDotNet cannot start a kernel per
/// iteration), with a minimal client on the kernel's own wire format; medians over <c>--runs</c> kernels.
/// </summary>
internal static class KernelStartup
{
    private const int WarmCells = 20;

    public static int FromArguments(string[] args, TextWriter output)
    {
        var runs = args is ["--runs", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 5;
        var kernel = Path.Combine(RepositoryLayout.KernelBin(RepositoryLayout.FindRoot()), OperatingSystem.IsWindows() ? "SurveyFigures.Kernel.exe" : "SurveyFigures.Kernel");
        if (!File.Exists(kernel))
        {
            output.WriteLine($"error: the kernel is not built ({kernel}); run dotnet build first.");
            return 1;
        }
        var samples = Enumerable.Range(0, runs).Select(_ => Measure(kernel)).ToList();
        output.WriteLine($"C# Jupyter kernel, median of {runs} kernels (a warm cell: median of {WarmCells} per kernel):");
        output.WriteLine($"  start to kernel_info reply  {Median(samples.Select(s => s.Info)),8:F3} s   (target 1.5 s)");
        output.WriteLine($"  first cell (1 + 1)          {Median(samples.Select(s => s.First)),8:F3} s   (target 1 s)");
        output.WriteLine($"  warm cell (1 + 1)           {Median(samples.Select(s => s.Warm)) * 1000,8:F1} ms  (target 50 ms)");
        return 0;
    }

    private static (double Info, double First, double Warm) Measure(string kernel)
    {
        var key = Guid.NewGuid().ToString("N");
        var ports = Enumerable.Range(0, 5).Select(_ => FreePort()).ToArray();
        var connectionFile = Path.Combine(Path.GetTempPath(), $"kernel-bench-{key}.json");
        File.WriteAllText(connectionFile, new JsonObject
        {
            ["transport"] = "tcp",
            ["ip"] = "127.0.0.1",
            ["key"] = key,
            ["signature_scheme"] = "hmac-sha256",
            ["shell_port"] = ports[0],
            ["iopub_port"] = ports[1],
            ["stdin_port"] = ports[2],
            ["control_port"] = ports[3],
            ["hb_port"] = ports[4],
        }.ToJsonString());
        var wire = new WireFormat(new MessageSigner(key));
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(kernel, [connectionFile]) { RedirectStandardError = true, UseShellExecute = false })!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var shell = new DealerSocket($">tcp://127.0.0.1:{ports[0]}");
        using var control = new DealerSocket($">tcp://127.0.0.1:{ports[3]}");
        try
        {
            JupyterMessage? reply = null;
            while (reply is null)
            {
                // Until the kernel has bound its sockets the request may go unanswered: ask again, as jupyter_client does.
                var request = Request("kernel_info_request", []);
                shell.SendMultipartMessage(wire.Encode(request));
                reply = Receive(shell, wire, request, TimeSpan.FromMilliseconds(100));
                if (clock.Elapsed > TimeSpan.FromMinutes(1))
                {
                    throw new TimeoutException("no kernel_info reply within a minute");
                }
            }
            var info = clock.Elapsed.TotalSeconds;
            var first = Execute(shell, wire);
            var warm = Enumerable.Range(0, WarmCells).Select(_ => Execute(shell, wire)).ToList();
            return (info, first, Median(warm));
        }
        finally
        {
            control.SendMultipartMessage(wire.Encode(Request("shutdown_request", new JsonObject { ["restart"] = false })));
            if (!process.WaitForExit(5000))
            {
                process.Kill();
            }
            File.Delete(connectionFile);
        }
    }

    private static double Execute(DealerSocket shell, WireFormat wire)
    {
        var clock = Stopwatch.StartNew();
        var request = Request("execute_request", new JsonObject
        {
            ["code"] = "1 + 1",
            ["silent"] = false,
            ["store_history"] = true,
            ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = false,
        });
        shell.SendMultipartMessage(wire.Encode(request));
        var reply = Receive(shell, wire, request, TimeSpan.FromMinutes(1)) ?? throw new TimeoutException("no execute reply");
        if (reply.Text("status") != "ok")
        {
            throw new InvalidOperationException($"the benchmark cell failed: {reply.Content.ToJsonString()}");
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static JupyterMessage Request(string type, JsonObject content) => JupyterMessage.Create("bench", type, content, null);

    /// <summary>The reply to <paramref name="request"/>; replies to earlier requests (extra kernel_info answers) are skipped.</summary>
    private static JupyterMessage? Receive(DealerSocket socket, WireFormat wire, JupyterMessage request, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var message = new NetMQMessage();
        while (deadline.Elapsed < timeout && socket.TryReceiveMultipartMessage(timeout - deadline.Elapsed, ref message))
        {
            var reply = wire.Decode(message, out _);
            if (reply?.ParentHeader["msg_id"]?.GetValue<string>() == request.Id)
            {
                return reply;
            }
            message = new NetMQMessage();
        }
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
