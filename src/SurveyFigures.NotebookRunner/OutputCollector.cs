using System.Text;
using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// One cell's outputs in the order they happened: console text (consecutive writes to the same stream merge,
/// as Jupyter shows them), displayed values, the result and an error. Thread-safe: cells may write from tasks.
/// </summary>
internal sealed class OutputCollector
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

    /// <summary>Adds a display_data output; the returned handle lets <c>DisplayedValue.Update</c> replace its data.</summary>
    public DisplayOutput Display(MimeBundle data) => Add(new DisplayOutput(data, null));

    public void Result(int executionCount, MimeBundle data) => Add(new DisplayOutput(data, executionCount));

    public void Error(string name, string value, IEnumerable<string> traceback) =>
        Add(new ErrorOutput(name, value, traceback.ToList()));

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
            ["text"] = NotebookJson.Lines(s.Text.ToString()),
        },
        DisplayOutput { ExecutionCount: { } count } r => new JsonObject
        {
            ["output_type"] = "execute_result",
            ["execution_count"] = count,
            ["data"] = r.Data.ToJson(),
            ["metadata"] = new JsonObject(),
        },
        DisplayOutput d => new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = d.Data.ToJson(),
            ["metadata"] = new JsonObject(),
        },
        ErrorOutput e => new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = e.Name,
            ["evalue"] = e.Value,
            ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
        },
        _ => throw new InvalidOperationException($"unknown output {output.GetType()}"),
    };

    private sealed record StreamOutput(string Name, StringBuilder Text);

    private sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback);
}

/// <summary>A display_data (or execute_result) output whose data a later update may replace.</summary>
internal sealed class DisplayOutput(MimeBundle data, int? executionCount)
{
    public MimeBundle Data { get; set; } = data;

    public int? ExecutionCount { get; } = executionCount;
}
