using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// A whole study in one displayable value (<c>surveys.Show(id)</c>): its header with the synthetic-data warning, every
/// chart at full width, the table of figures, the findings and the sources view. Works for any study folder.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record StudyView(StudySummary Summary, ChartList Charts, FigureTable Figures, TextTable Findings, TextTable Sources);
