using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>A study's description as a notebook shows it: who, whom, how many, when, how sampled, and whether its rows are synthetic.</summary>
/// <param name="Terms">The term for each fact, in card order (publishers, population, sample size, fieldwork, sampling, sources, published figures), from the library's one vocabulary.</param>
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
    IReadOnlyList<string> Terms,
    string Language = "en");
