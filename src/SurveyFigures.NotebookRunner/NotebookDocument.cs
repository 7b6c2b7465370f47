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
