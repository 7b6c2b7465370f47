using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>A study's description as a notebook shows it: who, whom, how many, when, how sampled, and whether its rows are synthetic.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record StudySummary(
    string Id,
    string Title,
    string Publishers,
    string Population,
    string SampleSize,
    string Fieldwork,
    string Sampling,
    string Sources,
    bool SyntheticRespondents,
    string RespondentNote,
    int FigureCount,
    string Language = "en");
