using System.Text;
using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Protocol;
using SurveyFigures.NotebookEngine;

namespace SurveyFigures.Kernel.CSharp;

/// <summary>
/// A cell's outputs as iopub messages. Console text is buffered and sent at most every 50 ms (and before any other
/// output, and when the cell ends), so a loop of Console.Write calls makes a few stream messages, not thousands.
/// Output from a task the cell started still arrives after the cell ended, with the cell's request as parent
/// (so the output lives as long as such tasks do, and its timer with it).
/// </summary>
internal sealed class IopubCellOutput : ICellOutput
{
    private static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(50);

    private readonly IRequestContext context;
    private readonly Lock gate = new();
    private readonly Timer timer;
    private readonly StringBuilder pending = new();
    private string? pendingName;

    public IopubCellOutput(IRequestContext context)
    {
        this.context = context;
        timer = new Timer(_ => Flush());
    }

    public void Stream(string name, string text)
    {
        lock (gate)
        {
            if (pendingName is not null && pendingName != name)
            {
                FlushLocked();
            }
            var first = pending.Length == 0;
            pendingName = name;
            pending.Append(text);
            if (first)
            {
                timer.Change(FlushDelay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public IDisplayHandle Display(MimeBundle data)
    {
        var id = Guid.NewGuid().ToString("N");
        Send("display_data", data, new JsonObject { ["display_id"] = id });
        return new Handle(this, id);
    }

    public void Result(int executionCount, MimeBundle data)
    {
        Flush();
        context.Publish("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount,
            ["data"] = data.ToJson(asLines: false),
            ["metadata"] = new JsonObject(),
        });
    }

    public void Error(CellError error)
    {
        Flush();
        context.Publish("error", new JsonObject
        {
            ["ename"] = error.Name,
            ["evalue"] = error.Value,
            ["traceback"] = new JsonArray(error.Traceback.Select(l => (JsonNode?)l).ToArray()),
        });
    }

    public string ReadLine(string prompt, CancellationToken cancellation)
    {
        Flush();
        return context.RequestInput(prompt, password: false, cancellation);
    }

    /// <summary>Sends buffered console text now.</summary>
    public void Flush()
    {
        lock (gate)
        {
            FlushLocked();
        }
    }

    private void FlushLocked()
    {
        if (pending.Length > 0 && pendingName is not null)
        {
            context.Publish("stream", new JsonObject { ["name"] = pendingName, ["text"] = pending.ToString() });
        }
        pending.Clear();
        pendingName = null;
    }

    private void Send(string type, MimeBundle data, JsonObject transient)
    {
        Flush();
        context.Publish(type, new JsonObject
        {
            ["data"] = data.ToJson(asLines: false),
            ["metadata"] = new JsonObject(),
            ["transient"] = transient,
        });
    }

    private sealed class Handle(IopubCellOutput output, string id) : IDisplayHandle
    {
        public void Update(MimeBundle data) => output.Send("update_display_data", data, new JsonObject { ["display_id"] = id });
    }
}
