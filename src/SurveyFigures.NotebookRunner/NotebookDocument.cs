using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookRunner;

/// <summary>An nbformat 4 notebook: read from disk, cells updated in memory, written elsewhere atomically.</summary>
internal sealed class NotebookDocument
{
    private readonly JsonObject root;

    private NotebookDocument(string path, JsonObject root)
    {
        Path = path;
        this.root = root;
        var cells = root["cells"] as JsonArray ?? throw new InvalidDataException($"{path}: no 'cells' array.");
        Cells = cells.Select((c, i) => new NotebookCell(
            c as JsonObject ?? throw new InvalidDataException($"{path}: cell {i + 1} is not an object."), i + 1)).ToList();
        EnsureCellIds(cells);
    }

    public string Path { get; }

    public IReadOnlyList<NotebookCell> Cells { get; }

    public static NotebookDocument Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        if (node is not JsonObject root || root["nbformat"]?.GetValue<int>() != 4)
        {
            throw new InvalidDataException($"{path}: not an nbformat 4 notebook.");
        }
        return new NotebookDocument(path, root);
    }

    /// <summary>
    /// Adds a code cell tagged <c>injected-parameters</c> setting each parameter, right after the cell tagged
    /// <c>parameters</c> (papermill's convention), and returns the notebook with it. A notebook with no such cell is
    /// refused: a value set anywhere else could be overwritten by the notebook's own default.
    /// </summary>
    public NotebookDocument WithParameters(IReadOnlyList<NotebookParameter> parameters)
    {
        var cells = root["cells"]!.AsArray();
        var at = cells.Select((c, i) => (Tags: (c?["metadata"]?["tags"] as JsonArray)?.Select(t => t?.GetValue<string>()), Index: i))
            .FirstOrDefault(c => c.Tags?.Contains("parameters") == true, (null, -1)).Index;
        if (at < 0)
        {
            throw new InvalidDataException($"{Path}: no cell tagged 'parameters' to set -p values after (tag the cell that sets the notebook's defaults).");
        }
        var injected = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject
            {
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
                ["tags"] = new JsonArray("injected-parameters"),
            },
            ["outputs"] = new JsonArray(),
            ["source"] = new JsonArray([.. parameters.Select((p, i) => (JsonNode)JsonValue.Create(p.Statement + (i < parameters.Count - 1 ? "\n" : ""))!)]),
        };
        if ((root["nbformat_minor"]?.GetValue<int>() ?? 0) >= 5)
        {
            injected["id"] = "injected-parameters";
        }
        cells.Insert(at + 1, injected);
        return new NotebookDocument(Path, root);
    }

    public void Save(string path) => SurveyFigures.Io.AtomicFile.WriteText(path, NotebookJson.Serialize(root));

    // nbformat 4.5+ requires cell ids; older minors must not have them. Only fill gaps, never rename.
    private void EnsureCellIds(JsonArray cells)
    {
        if ((root["nbformat_minor"]?.GetValue<int>() ?? 0) < 5)
        {
            return;
        }
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is JsonObject cell && cell["id"] is null)
            {
                cell["id"] = $"cell-{i + 1}";
            }
        }
    }
}
