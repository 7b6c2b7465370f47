using System.Collections.Concurrent;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Pipeline;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.NotebookBackend;

/// <summary>
/// The library side of the notebook facade, created by the facade inside its private load context
/// (by name: <c>SurveyFigures.NotebookBackend.SurveyBackend</c>). Studies and their respondent rows are read once;
/// each set of options (rule, interval, level, readings) is analysed once and cached, so re-running a cell is instant
/// and changing an option recomputes only what it changes.
/// </summary>
public sealed class SurveyBackend : ISurveyBackend
{
    private readonly string _root;
    private readonly Lazy<IReadOnlyList<Study>> _studies;
    private readonly ConcurrentDictionary<string, RespondentTable> _respondents = new();
    private readonly ConcurrentDictionary<(string Study, string Options), StudyAnalysis> _analyses = new();
    private readonly ConcurrentDictionary<(string Study, string Key, string Options), ChartView> _charts = new();

    public SurveyBackend(string repositoryRoot)
    {
        _root = repositoryRoot;
        _studies = new(() => StudyCatalog.LoadAll(_root));
    }

    /// <summary>
    /// The options in canonical spelling, or an ArgumentException naming the argument: an option's name, or, for a
    /// reading, "studyId", "figureId" (no such figure, or one without an alternative reading) or "reading".
    /// </summary>
    public ViewOptions Check(ViewOptions options)
    {
        var checkedOptions = BackendOptions.Check(options);
        foreach (var key in (checkedOptions.Readings ?? new Dictionary<string, string>()).Keys)
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            var study = Study(slash < 0 ? key : key[..slash]);
            BackendOptions.NestedFigure(study, slash < 0 ? "" : key[(slash + 1)..], "figureId");
        }
        return checkedOptions;
    }

    public IReadOnlyList<StudySummary> Studies(ViewOptions options) =>
        _studies.Value.Select(s => NotebookRows.Summary(s, Lang(options))).ToList();

    public FigureTable Figures(string studyId, string? question, ViewOptions options) => NotebookRows.Figures(Analysis(studyId, options), question, Lang(options));

    public TextTable Checks(string studyId, ViewOptions options) => NotebookRows.Checks(Analysis(studyId, options), Lang(options));

    public TextTable Readings(string studyId, ViewOptions options) => NotebookRows.Readings(Analysis(studyId, options), Lang(options));

    public TextTable Sources(string studyId, ViewOptions options) => NotebookRows.Sources(Analysis(studyId, options), Lang(options));

    public TextTable Reconstruction(string studyId, ViewOptions options) => NotebookRows.Reconstruction(Study(studyId), Lang(options));

    public IReadOnlyList<ChartView> Charts(string studyId, ViewOptions options) =>
        ChartCatalog.For(Analysis(studyId, options), Lang(options)).Select(e => _charts.GetOrAdd((studyId, e.Key, options.Key), _ => View(e))).ToList();

    public ChartView Chart(string studyId, string key, ViewOptions options) =>
        _charts.GetOrAdd((studyId, key, options.Key), k => View(ChartCatalog.Entry(Analysis(k.Study, options), k.Key, Lang(options))));

    public ChartView CrossStudy(ViewOptions options) =>
        _charts.GetOrAdd(("*", ChartCatalog.CrossStudyKey, options.Key), _ =>
            View(ChartCatalog.CrossStudy(CrossStudyThemesReader.Load(_root, _studies.Value), All(options), Lang(options))));

    public ChartView Editions(ViewOptions options) =>
        _charts.GetOrAdd(("*", EditionsChart.Key, options.Key), _ =>
            View(ChartCatalog.Editions(EditionsReader.Load(_root, _studies.Value), All(options), Lang(options))));

    public ChartView ReadingWhatIf(string studyId, string figureId, ViewOptions options)
    {
        var analysis = Analysis(studyId, options);
        var figure = BackendOptions.NestedFigure(analysis.Study, figureId, nameof(figureId));
        return _charts.GetOrAdd((studyId, $"{ReadingChart.KeyPrefix}{figure.Id}", options.Key), k =>
            View(new ChartEntry(k.Key, ReadingChart.Title(analysis, figure, Lang(options)), ReadingChart.Build(analysis, figure, Lang(options)))));
    }

    public TextTable Sensitivity(string studyId, string figureId, ViewOptions options)
    {
        var analysis = Analysis(studyId, options);
        var figure = BackendOptions.Figure(analysis.Study, figureId, nameof(figureId));
        return NotebookRows.Sensitivity(analysis, SensitivityCheck.For(analysis.Study, figure, BackendOptions.Recompute(options).RuleFor(analysis.Study)), Lang(options));
    }

    public TextTable RakingWhatIf(string studyId, ViewOptions options) =>
        NotebookRows.RakingWhatIf(Study(studyId), study => Recomputation.RakingWhatIf.For(study, Respondents(studyId)), Lang(options));

    public TextTable RowsHead(string studyId, int count, ViewOptions options) => RowTables.Head(Study(studyId), Respondents(studyId), count, Lang(options));

    public TextTable RowsSummary(string studyId, ViewOptions options) => RowTables.Summary(Study(studyId), Respondents(studyId), Lang(options));

    public TextTable RowsCrossTab(string studyId, string rowColumn, string columnColumn, ViewOptions options) =>
        RowTables.CrossTab(Study(studyId), Respondents(studyId), rowColumn, columnColumn, Lang(options));

    public string PlotlyJavaScript() => ChartRendering.PlotlyJsScript();

    private Study Study(string studyId) => _studies.Value.FirstOrDefault(s => s.Id == studyId)
        ?? throw new ArgumentException($"studyId: no such study '{studyId}'; the studies are {string.Join(", ", _studies.Value.Select(s => s.Id))}.", nameof(studyId));

    private RespondentTable Respondents(string studyId) => _respondents.GetOrAdd(studyId, id => RespondentCsv.Read(Study(id)));

    /// <summary>The analysis under these options; the language changes no number, so it is not part of the key.</summary>
    private StudyAnalysis Analysis(string studyId, ViewOptions options)
    {
        options = Check(options);
        var numbers = (options with { Language = "en" }).Key;
        return _analyses.GetOrAdd((studyId, numbers), k =>
            StudyAnalysis.FromRespondents(BackendOptions.WithReadings(Study(k.Study), options), Respondents(k.Study), BackendOptions.RecomputeFor(Study(k.Study), options)));
    }

    private IReadOnlyList<StudyAnalysis> All(ViewOptions options) => _studies.Value.Select(s => Analysis(s.Id, options)).ToList();

    private static ChartView View(ChartEntry entry)
    {
        var divId = ChartRendering.DivId(entry.Chart);
        return new ChartView(entry.Key, entry.Title.Text, divId, entry.ToJson(), ChartRendering.ToHtml(entry.Chart, divId, includePlotlyJs: false));
    }

    private static Language Lang(ViewOptions options) => BackendOptions.Language(options);
}
