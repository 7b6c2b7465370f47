using Plotly.NET;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;

namespace SurveyFigures.Charts;

/// <summary>A chart a notebook or report shows, with a stable key ("question:usage", "composition", …) and its title.</summary>
internal sealed record ChartEntry(string Key, ChartTitle Title, GenericChart Chart)
{
    /// <summary>The plotly figure JSON (see <see cref="ChartRendering.ToJson"/>).</summary>
    public string ToJson() => ChartRendering.ToJson(Chart);

    /// <summary>An HTML fragment drawing the chart in a div with a stable id (see <see cref="ChartRendering.ToHtml(GenericChart, string, bool)"/>).</summary>
    public string ToHtml(bool includePlotlyJs) => ChartRendering.ToHtml(Chart, includePlotlyJs);
}

/// <summary>The charts shown for a study, in the order a notebook or the HTML report shows them.</summary>
internal static class ChartCatalog
{
    public const string CompositionKey = "composition";
    public const string OverviewKey = "overview";
    public const string ConsistencyKey = "consistency";
    public const string CrossStudyKey = "cross-study";
    public const string QuestionKeyPrefix = "question:";

    public static string QuestionKey(string question) => QuestionKeyPrefix + question;

    /// <summary>
    /// The sample composition (when the study publishes one), then one chart per question group in ledger order
    /// (sample-* groups excluded: they are in the composition), then the overview, then the consistency view.
    /// </summary>
    public static IReadOnlyList<ChartEntry> For(StudyAnalysis analysis, Language language, Func<string, string?>? questionLabel = null)
    {
        var entries = new List<ChartEntry>();
        if (CompositionChart.Questions(analysis).Count > 0)
        {
            entries.Add(new ChartEntry(CompositionKey, CompositionChart.Title(analysis, language), CompositionChart.Build(analysis, language, questionLabel)));
        }
        foreach (var question in QuestionChart.Questions(analysis).Where(q => !CompositionChart.IsComposition(q)))
        {
            entries.Add(new ChartEntry(QuestionKey(question), QuestionChart.Title(analysis, question, language, questionLabel),
                QuestionChart.Build(analysis, question, language, questionLabel)));
        }
        entries.Add(new ChartEntry(OverviewKey, OverviewChart.Title(analysis, language), OverviewChart.Build(analysis, language)));
        entries.Add(new ChartEntry(ConsistencyKey, ConsistencyChart.Title(analysis, language), ConsistencyChart.Build(analysis, language, ConsistencyScale.PointsFromPrinted)));
        return entries;
    }

    /// <summary>One chart of <see cref="For"/> by its key, built alone.</summary>
    public static ChartEntry Entry(StudyAnalysis analysis, string key, Language language, Func<string, string?>? questionLabel = null) => key switch
    {
        CompositionKey => new ChartEntry(key, CompositionChart.Title(analysis, language), CompositionChart.Build(analysis, language, questionLabel)),
        OverviewKey => new ChartEntry(key, OverviewChart.Title(analysis, language), OverviewChart.Build(analysis, language)),
        ConsistencyKey => new ChartEntry(key, ConsistencyChart.Title(analysis, language), ConsistencyChart.Build(analysis, language, ConsistencyScale.PointsFromPrinted)),
        _ when key.StartsWith(QuestionKeyPrefix, StringComparison.Ordinal) && QuestionChart.Questions(analysis).Contains(key[QuestionKeyPrefix.Length..]) => new ChartEntry(key,
            QuestionChart.Title(analysis, key[QuestionKeyPrefix.Length..], language, questionLabel),
            QuestionChart.Build(analysis, key[QuestionKeyPrefix.Length..], language, questionLabel)),
        _ => throw new ArgumentException(
            $"key: unknown chart '{key}'; the charts of {analysis.Study.Id} are {string.Join(", ", For(analysis, language).Select(e => e.Key))}.", nameof(key)),
    };

    /// <summary>The chart of items two editions of a barometer both touch, keyed <see cref="EditionsChart.Key"/>.</summary>
    public static ChartEntry Editions(IReadOnlyList<EditionPair> pairs, IReadOnlyList<StudyAnalysis> analyses, Language language) =>
        new(EditionsChart.Key, EditionsChart.Title(pairs, analyses, language), EditionsChart.Build(pairs, analyses, language));

    /// <summary>The cross-study chart, keyed <see cref="CrossStudyKey"/>.</summary>
    public static ChartEntry CrossStudy(IReadOnlyList<CrossStudyTheme> themes, IReadOnlyList<StudyAnalysis> analyses, Language language) =>
        new(CrossStudyKey, CrossStudyChart.Title(themes, analyses, language), CrossStudyChart.Build(themes, analyses, language));
}
