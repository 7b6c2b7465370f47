using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Notebook.Formatting;
using SurveyFigures.Notebook.Hosting;

namespace SurveyFigures.Notebook;

/// <summary>
/// The notebooks' entry point: <c>var surveys = Surveys.Open();</c>, then one short call per cell. Every value
/// returned is plain .NET and displays itself (tables as HTML, charts drawn offline). Options are plain values: change
/// one argument, re-run the cell, and every number, interval, verdict and chart follows.
/// </summary>
public sealed class Surveys
{
    private readonly ISurveyBackend _backend;

    // Every option is checked here, when it is set: a wrong value fails at the call that passed it, never at a later view.
    private Surveys(ISurveyBackend backend, ViewOptions options)
    {
        _backend = backend;
        Options = backend.Check(options);
    }

    /// <summary>The options every view of this instance uses.</summary>
    public ViewOptions Options { get; }

    /// <summary>"en" or "fr": the language of labels, titles, notes and number formats.</summary>
    public string Language => Options.Language;

    /// <summary>
    /// Opens the studies of the repository that contains the current folder (a notebook's folder in VS Code).
    /// <paramref name="rule"/>: half-up, half-even, half-down, floor, ceiling or up-or-down (null: each study's own);
    /// <paramref name="interval"/>: wilson, clopper-pearson, jeffreys or agresti-coull, or for weighted studies only wilson-n-eff, korn-graubard or logit; <paramref name="level"/>: between 0 and 1.
    /// </summary>
    public static Surveys Open(string language = "en", string? rule = null, string interval = "wilson", double level = 0.95)
    {
        var backend = LibraryHost.CreateBackend(RepositoryLayout.FindRoot());
        ChartHtml.PlotlyJavaScript ??= backend.PlotlyJavaScript();
        return new Surveys(backend, new ViewOptions(language, rule, interval, level));
    }

    /// <summary>The same studies with labels in another language ("fr" or "en").</summary>
    public Surveys In(string language) => new(_backend, Options with { Language = language });

    /// <summary>The same studies under another rounding rule, interval method or level (arguments left out keep their value).</summary>
    public Surveys With(string? rule = null, string? interval = null, double? level = null) =>
        new(_backend, Options with { Rule = rule ?? Options.Rule, Interval = interval ?? Options.Interval, Level = level ?? Options.Level });

    /// <summary>
    /// The same studies with the other reading of an ambiguous nested figure: "base" (a share of everybody) or "parent".
    /// An unknown study or figure, a figure with one reading only, or another reading is refused at this call.
    /// </summary>
    public Surveys Reading(string studyId, string figureId, string reading)
    {
        var readings = new Dictionary<string, string>(Options.Readings ?? new Dictionary<string, string>()) { [$"{studyId}/{figureId}"] = reading };
        return new(_backend, Options with { Readings = readings });
    }

    public IReadOnlyList<StudySummary> Studies() => new StudyList(_backend.Studies(Options));
    public StudySummary Study(string studyId) => Studies().FirstOrDefault(s => s.Id == studyId)
        ?? throw new ArgumentException($"studyId: no such study '{studyId}'; the studies are {string.Join(", ", Studies().Select(s => s.Id))}.", nameof(studyId));
    public FigureTable Figures(string studyId, string? question = null) => _backend.Figures(studyId, question, Options);
    public TextTable Checks(string studyId) => _backend.Checks(studyId, Options);
    public TextTable Readings(string studyId) => _backend.Readings(studyId, Options);

    /// <summary>Figures printed by more than one source: each version, its source and address, and whether it agrees with the one followed.</summary>
    public TextTable Sources(string studyId) => _backend.Sources(studyId, Options);
    public TextTable Reconstruction(string studyId) => _backend.Reconstruction(studyId, Options);

    /// <summary>Every chart of a study, shown one after the other at full width.</summary>
    public ChartList Charts(string studyId) => new(_backend.Charts(studyId, Options));
    public ChartView Chart(string studyId, string key) => _backend.Chart(studyId, key, Options);
    public ChartView CrossStudy() => _backend.CrossStudy(Options);

    /// <summary>Items two editions of a barometer both touch, with their declared comparability (data/editions.csv).</summary>
    public ChartView Editions() => _backend.Editions(Options);

    /// <summary>A whole study in one value: header, every chart, the figures, the findings and the sources. Any study folder.</summary>
    public StudyView Show(string studyId) => new(Study(studyId), Charts(studyId), Figures(studyId), Checks(studyId), Sources(studyId));

    /// <summary>What if an ambiguous nested figure is read the other way: both readings on one chart.</summary>
    public ChartView ReadingWhatIf(string studyId, string figureId) => _backend.ReadingWhatIf(studyId, figureId, Options);

    /// <summary>How far the sample size could move before a figure's verdict changes, and which rounding rules keep it.</summary>
    public TextTable Sensitivity(string studyId, string figureId) => _backend.Sensitivity(studyId, figureId, Options);

    /// <summary>
    /// How each figure would move if the sample matched the population margins its study.json declares (with their
    /// source): weights raked from equal weights, then printed, unweighted and raked shares side by side with n_eff.
    /// </summary>
    public TextTable RakingWhatIf(string studyId) => _backend.RakingWhatIf(studyId, Options);

    /// <summary>The respondent rows of a study: first rows, per-column summary, cross-tabulations, each with its caveat.</summary>
    public RowsView Rows(string studyId) => new(_backend, Study(studyId).Id, Options);
}

/// <summary>
/// The respondent rows of one study. While they are synthetic, every view says so, and says that joint distributions
/// of synthetic rows are assumptions of the generator, not findings; with real microdata these are a first analysis.
/// </summary>
public sealed class RowsView
{
    private readonly ISurveyBackend _backend;
    private readonly string _studyId;
    private readonly ViewOptions _options;

    internal RowsView(ISurveyBackend backend, string studyId, ViewOptions options) => (_backend, _studyId, _options) = (backend, studyId, options);

    public TextTable Head(int count = 10) => _backend.RowsHead(_studyId, count, _options);
    public TextTable Summary() => _backend.RowsSummary(_studyId, _options);
    public TextTable CrossTab(string rowColumn, string columnColumn) => _backend.RowsCrossTab(_studyId, rowColumn, columnColumn, _options);
}
