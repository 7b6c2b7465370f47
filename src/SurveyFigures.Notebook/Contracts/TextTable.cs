using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>A small table of text (verdicts, readings, assumptions) with a caption and an optional note.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record TextTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);
