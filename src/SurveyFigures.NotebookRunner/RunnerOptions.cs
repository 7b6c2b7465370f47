namespace SurveyFigures.NotebookRunner;

/// <summary>
/// Command line: <c>&lt;notebook.ipynb&gt;... [--output-dir DIR] [--summary-json FILE] [-p NAME VALUE]...
/// [--cell-cache DIR]</c>. As with papermill, each <c>-p</c> sets a variable in a cell injected after the notebook's
/// cell tagged <c>parameters</c>. <c>--cell-cache</c> keeps compiled cells in DIR across runs (<see
/// cref="NotebookEngine.SubmissionCache"/>); without it every cell is compiled.
/// </summary>
internal sealed record RunnerOptions(IReadOnlyList<string> Notebooks, string OutputDir, string? SummaryJson, IReadOnlyList<NotebookParameter> Parameters, string? OutputName = null, string? CellCache = null)
{
    public const string Usage =
        "usage: SurveyFigures.NotebookRunner <notebook.ipynb>... [--output-dir DIR] [--summary-json FILE] [-p NAME VALUE]... [--output-name FILE.ipynb (one notebook only)] [--cell-cache DIR]";

    /// <summary>Parses the arguments; returns null with <paramref name="error"/> set when they are unusable.</summary>
    public static RunnerOptions? Parse(IReadOnlyList<string> args, Func<string> defaultOutputDir, out string? error)
    {
        var notebooks = new List<string>();
        string? outputDir = null;
        string? summary = null;
        var parameters = new List<NotebookParameter>();
        string? outputName = null;
        string? cellCache = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output-dir" when i + 1 < args.Count:
                    outputDir = args[++i];
                    break;
                case "--summary-json" when i + 1 < args.Count:
                    summary = args[++i];
                    break;
                case "--cell-cache" when i + 1 < args.Count:
                    cellCache = args[++i];
                    break;
                case "-p" or "--parameter" when i + 2 < args.Count:
                    var name = args[++i];
                    if (!NotebookParameter.IsValidName(name))
                    {
                        error = $"'{name}' cannot be a C# variable name (letters, digits and '_', not a keyword)";
                        return null;
                    }
                    parameters.Add(new NotebookParameter(name, args[++i]));
                    break;
                case "--output-name" when i + 1 < args.Count:
                    outputName = args[++i];
                    if (outputName != Path.GetFileName(outputName) || !outputName.EndsWith(".ipynb", StringComparison.Ordinal))
                    {
                        error = $"--output-name takes a file name ending in .ipynb, not a path: '{outputName}'";
                        return null;
                    }
                    break;
                case "-p" or "--parameter":
                    error = $"'{args[i]}' needs a name and a value, such as -p studyId pulselife-barometer-2026";
                    return null;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    error = $"unknown or incomplete option '{flag}'";
                    return null;
                default:
                    notebooks.Add(args[i]);
                    break;
            }
        }
        if (notebooks.Count == 0)
        {
            error = "no notebook given";
            return null;
        }
        if (outputName is not null && notebooks.Count != 1)
        {
            error = "--output-name names the executed copy of one notebook; give exactly one";
            return null;
        }
        var full = notebooks.Select(Path.GetFullPath).ToList();
        var dir = Path.GetFullPath(outputDir ?? defaultOutputDir());
        return new RunnerOptions(full, dir, summary is null ? null : Path.GetFullPath(summary), parameters, outputName, cellCache is null ? null : Path.GetFullPath(cellCache));
    }
}
