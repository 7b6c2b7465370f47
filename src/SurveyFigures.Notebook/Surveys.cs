using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Notebook.Formatting;
using SurveyFigures.Notebook.Hosting;

namespace SurveyFigures.Notebook;

/// <summary>
/// The notebooks' entry point: <c>var surveys = Surveys.Open();</c>, then one short call per cell.
/// Every value returned is plain .NET and displays itself (tables as HTML, charts drawn offline).
/// </summary>
public sealed class Surveys
{
    private readonly ISurveyBackend _backend;

    private Surveys(ISurveyBackend backend, string language)
    {
        _backend = backend;
        Language = language;
    }

    /// <summary>"en" or "fr": the language of labels, titles and notes.</summary>
    public string Language { get; }

    /// <summary>Opens the studies of the repository that contains the current folder (a notebook's folder in VS Code).</summary>
    public static Surveys Open(string language = "en")
    {
        var backend = LibraryHost.CreateBackend(RepositoryLayout.FindRoot());
        ChartHtml.PlotlyJavaScript ??= backend.PlotlyJavaScript();
        return new Surveys(backend, CheckLanguage(language));
    }

    /// <summary>The same studies with labels in another language ("fr" or "en").</summary>
    public Surveys In(string language) => new(_backend, CheckLanguage(language));

    public IReadOnlyList<StudySummary> Studies() => _backend.Studies(Language);
    public StudySummary Study(string studyId) => Studies().FirstOrDefault(s => s.Id == studyId)
        ?? throw new ArgumentException($"No study '{studyId}'; the studies are {string.Join(", ", Studies().Select(s => s.Id))}.", nameof(studyId));
    public FigureTable Figures(string studyId, string? question = null) => _backend.Figures(studyId, question, Language);
    public TextTable Checks(string studyId) => _backend.Checks(studyId, Language);
    public TextTable Readings(string studyId) => _backend.Readings(studyId, Language);
    /// <summary>Figures printed by more than one source: each version, its source and address, and whether it agrees with the one followed.</summary>
    public TextTable Sources(string studyId) => _backend.Sources(studyId, Language);
    public TextTable Reconstruction(string studyId) => _backend.Reconstruction(studyId, Language);
    public IReadOnlyList<ChartView> Charts(string studyId) => _backend.Charts(studyId, Language);
    public ChartView Chart(string studyId, string key) => _backend.Chart(studyId, key, Language);
    public ChartView CrossStudy() => _backend.CrossStudy(Language);

    /// <summary>Items two editions of a barometer both touch, with their declared comparability (data/editions.csv).</summary>
    public ChartView Editions() => _backend.Editions(Language);

    private static string CheckLanguage(string language) => language is "en" or "fr"
        ? language
        : throw new ArgumentException($"Unknown language '{language}'; use \"en\" or \"fr\".", nameof(language));
}
