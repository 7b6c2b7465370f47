using System.Text;
using System.Text.Json.Nodes;
using SurveyFigures.NotebookEngine;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// One cell's outputs in the order they happened, for the executed notebook: console text (consecutive writes to
/// the same stream merge, as Jupyter shows them), displayed values, the result and an error. Thread-safe.
/// Headless, nobody can answer <c>Console.ReadLine</c>.
/// </summary>
internal sealed class OutputCollector : ICellOutput
{
    private readonly List<object> outputs = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return outputs.Count;
            }
        }
    }

    public void Stream(string name, string text)
    {
        lock (gate)
        {
            if (outputs.LastOrDefault() is StreamOutput last && last.Name == name)
            {
                last.Text.Append(text);
            }
            else
            {
                outputs.Add(new StreamOutput(name, new StringBuilder(text)));
            }
        }
    }

    public IDisplayHandle Display(MimeBundle data) => Add(new DisplayOutput(data, null));

    public void Result(int executionCount, MimeBundle data) => Add(new DisplayOutput(data, executionCount));

    public void Error(CellError error) => Add(error);

    public string ReadLine(string prompt, CancellationToken cancellation) =>
        throw new InvalidOperationException(
            "Console.ReadLine has no one to answer it in the headless runner: notebooks that run in CI cannot read input.");

    public JsonArray ToJson()
    {
        lock (gate)
        {
            return new JsonArray(outputs.Select(ToJson).ToArray());
        }
    }

    private T Add<T>(T output)
        where T : class
    {
        lock (gate)
        {
            outputs.Add(output);
        }
        return output;
    }

    private static JsonNode ToJson(object output) => output switch
    {
        StreamOutput s => new JsonObject
        {
            ["output_type"] = "stream",
            ["name"] = s.Name,
            ["text"] = MimeBundle.Lines(s.Text.ToString()),
        },
        DisplayOutput { ExecutionCount: { } count } r => new JsonObject
        {
            ["output_type"] = "execute_result",
            ["execution_count"] = count,
            ["data"] = r.Data.ToJson(asLines: true),
            ["metadata"] = new JsonObject(),
        },
        DisplayOutput d => new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = d.Data.ToJson(asLines: true),
            ["metadata"] = new JsonObject(),
        },
        CellError e => new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = e.Name,
            ["evalue"] = e.Value,
            ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
        },
        _ => throw new InvalidOperationException($"unknown output {output.GetType()}"),
    };

    private sealed record StreamOutput(string Name, StringBuilder Text);

    /// <summary>A display_data (or execute_result) output whose data a later update may replace.</summary>
    private sealed class DisplayOutput(MimeBundle data, int? executionCount) : IDisplayHandle
    {
        public MimeBundle Data { get; private set; } = data;

        public int? ExecutionCount { get; } = executionCount;

        public void Update(MimeBundle data) => Data = data;
    }
}
