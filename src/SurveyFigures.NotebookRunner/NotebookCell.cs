using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookRunner;

/// <summary>One cell of an nbformat 4 notebook, a view over its JSON so unknown fields survive untouched.</summary>
internal sealed class NotebookCell(JsonObject json, int number)
{
    /// <summary>1-based position among all cells (markdown and raw included), as a reader counts them.</summary>
    public int Number { get; } = number;

    public string CellType => json["cell_type"]?.GetValue<string>() ?? "";

    public bool IsCode => CellType == "code";

    public string Source => NotebookJson.Text(json["source"]);

    /// <summary>The Polyglot kernel chosen for the cell (VS Code writes it in the cell metadata), null if absent.</summary>
    public string? KernelName =>
        (json["metadata"] as JsonObject)?["polyglot_notebook"]?["kernelName"]?.GetValue<string>();

    public void SetResult(int? executionCount, JsonArray outputs)
    {
        json["execution_count"] = executionCount;
        json["outputs"] = outputs;
        json["metadata"] ??= new JsonObject();
    }
}
