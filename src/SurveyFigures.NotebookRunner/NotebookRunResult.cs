namespace SurveyFigures.NotebookRunner;

/// <summary>
/// What running one notebook did; <see cref="Error"/> is null when every code cell ran. The first code cell's time is
/// kept apart: it pays for compiling the first script and loading what the notebook references.
/// </summary>
internal sealed record NotebookRunResult(int CellsRun, int Outputs, NotebookFailure? Error, double FirstCellSeconds = 0, double OtherCellsSeconds = 0, int CellsLoaded = 0, int CellsCompiled = 0);

/// <summary>Where and why a notebook stopped. <see cref="Cell"/> is 1-based over all cells, markdown included.</summary>
internal sealed record NotebookFailure(int Cell, int? Line, string Message)
{
    public string Describe(string notebook) =>
        $"{notebook}: cell {Cell} (1-based, counting all cells), line {(Line is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown")}: {Message}";
}
