using System.Collections.Concurrent;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;

namespace SurveyFigures.NotebookBackend;

/// <summary>
/// The library side of the notebook facade, created by the facade inside its private load context
/// (by name: <c>SurveyFigures.NotebookBackend.SurveyBackend</c>). Studies are analysed once and cached,
/// so re-running a notebook cell is instant.
/// </summary>
public sealed class SurveyBackend : ISurveyBackend
{
    private readonly string _root;
    private readonly Lazy<IReadOnlyList<StudyAnalysis>> _analyses;
    private readonly ConcurrentDictionary<(string Study, string Key, Language Language), ChartView> _charts = new();

    public SurveyBackend(string repositoryRoot)
    {
        _root = repositoryRoot;
        _analyses = new(() => StudyCatalog.LoadAll(_root).Select(s => StudyAnalysis.Run(s, new RecomputeOptions())).ToList());
    }

    public IReadOnlyList<StudySummary> Studies(string language) =>
        _analyses.Value.Select(a => NotebookRows.Summary(a.Study, Lang(language))).ToList();

    public FigureTable Figures(string studyId, string? question, string language) => NotebookRows.Figures(Analysis(studyId), question, Lang(language));

    public TextTable Checks(string studyId, string language) => NotebookRows.Checks(Analysis(studyId), Lang(language));

    public TextTable Readings(string studyId, string language) => NotebookRows.Readings(Analysis(studyId), Lang(language));

    public TextTable Sources(string studyId, string language) => NotebookRows.Sources(Analysis(studyId), Lang(language));

    public TextTable Reconstruction(string studyId, string language) => NotebookRows.Reconstruction(Analysis(studyId).Study, Lang(language));

    public IReadOnlyList<ChartView> Charts(string studyId, string language) =>
        ChartCatalog.For(Analysis(studyId), Lang(language)).Select(e => _charts.GetOrAdd((studyId, e.Key, Lang(language)), _ => View(e))).ToList();

    public ChartView Chart(string studyId, string key, string language) =>
        _charts.GetOrAdd((studyId, key, Lang(language)), k => View(ChartCatalog.Entry(Analysis(k.Study), k.Key, k.Language)));

    public ChartView CrossStudy(string language) =>
        _charts.GetOrAdd(("*", ChartCatalog.CrossStudyKey, Lang(language)), k =>
            View(ChartCatalog.CrossStudy(CrossStudyThemesReader.Load(_root, _analyses.Value.Select(a => a.Study)), _analyses.Value, k.Language)));

    public ChartView Editions(string language) =>
        _charts.GetOrAdd(("*", EditionsChart.Key, Lang(language)), k =>
            View(ChartCatalog.Editions(EditionsReader.Load(_root, _analyses.Value.Select(a => a.Study)), _analyses.Value, k.Language)));

    public string PlotlyJavaScript() => ChartRendering.PlotlyJsScript();

    private StudyAnalysis Analysis(string studyId) => _analyses.Value.FirstOrDefault(a => a.Study.Id == studyId)
        ?? throw new ArgumentException($"No study '{studyId}'; the studies are {string.Join(", ", _analyses.Value.Select(a => a.Study.Id))}.", nameof(studyId));

    private static ChartView View(ChartEntry entry)
    {
        var divId = ChartRendering.DivId(entry.Chart);
        return new ChartView(entry.Key, entry.Title.Text, divId, entry.ToJson(), ChartRendering.ToHtml(entry.Chart, divId, includePlotlyJs: false));
    }

    private static Language Lang(string language) => LocalizedText.ParseLanguage(language);
}
