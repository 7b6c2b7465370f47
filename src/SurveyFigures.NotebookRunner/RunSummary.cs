using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookRunner;

/// <summary>One notebook's outcome: a line for people on stdout and an entry of the <c>--summary-json</c> file for the CLI.</summary>
internal sealed record RunSummary(string Notebook, string? Executed, int Cells, int Outputs, double Seconds, string? Error, double FirstCellSeconds = 0, double OtherCellsSeconds = 0, int CellsLoaded = 0, int CellsCompiled = 0)
{
    public bool Ok => Error is null;

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {Cells} cells run, {Outputs} outputs, {Seconds:F2} s (first cell {FirstCellSeconds:F2} s, the rest {OtherCellsSeconds:F2} s), {(Ok ? "ok" : "FAILED")}");

    // "study.ipynb → study-x.ipynb" when the executed copy has a name of its own (--output-name).
    private string Name => Executed is { } copy && Path.GetFileName(copy) != Path.GetFileName(Notebook)
        ? $"{Path.GetFileName(Notebook)} → {Path.GetFileName(copy)}"
        : Path.GetFileName(Notebook);

    public JsonObject ToJson() => new()
    {
        ["notebook"] = Notebook,
        ["executed"] = Executed,
        ["cells"] = Cells,
        ["outputs"] = Outputs,
        ["seconds"] = Math.Round(Seconds, 3),
        ["first_cell_seconds"] = Math.Round(FirstCellSeconds, 3),
        ["other_cells_seconds"] = Math.Round(OtherCellsSeconds, 3),
        // Cells loaded from the --cell-cache folder and cells compiled (compile errors included).
        ["cells_loaded"] = CellsLoaded,
        ["cells_compiled"] = CellsCompiled,
        ["ok"] = Ok,
        ["error"] = Error,
    };

    /// <summary>Writes all summaries as a JSON array (atomically, so the CLI never reads half a file).</summary>
    public static void Write(string path, IEnumerable<RunSummary> summaries)
    {
        var array = new JsonArray(summaries.Select(s => (JsonNode)s.ToJson()).ToArray());
        SurveyFigures.Io.AtomicFile.WriteText(path, array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
