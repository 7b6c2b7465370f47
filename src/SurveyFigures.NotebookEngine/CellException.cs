namespace SurveyFigures.NotebookEngine;

/// <summary>A cell that could not run: its 1-based line (when known) and a short error name for the error output.</summary>
public sealed class CellException(string errorName, string message, int? line, Exception? inner = null)
    : Exception(message, inner)
{
    public string ErrorName { get; } = errorName;

    public int? Line { get; } = line;
}
