using Plotly.NET;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Charts;

/// <summary>
/// One question group as horizontal bars, largest at the top: the published figure as the bar, labelled as printed;
/// a figure printed in words as a hatched bar at the midpoint of our reading; the recomputed share as a marker with
/// its interval. The x axis is fixed from 0 to 100 %.
/// </summary>
internal static class QuestionChart
{
    public static GenericChart Build(StudyAnalysis analysis, string question, Language language, Func<string, string?>? questionLabel = null)
    {
        var results = Ordered(Results(analysis, question));
        var labels = ChartValues.UniqueLabels(results.Select(r => r.Figure).ToList(), language);
        var footer = ChartFooter.Lines(analysis.Study.Metadata, language, results.Select(r => r.Figure));
        var layout = ChartLayout.Build(Title(analysis, question, language, questionLabel), footer, ChartLayout.Height(results.Count, footer.Count),
        [
            ("xaxis", ChartLayout.ShareAxis(language)),
            ("yaxis", ChartLayout.CategoryAxis(labels)),
        ]);
        return PlotlyObjects.Chart(FigureTraces.Bars(results, labels, language), layout);
    }

    /// <summary>"&lt;study short title&gt; — &lt;question label&gt;", with the base sizes as subtitle.</summary>
    public static ChartTitle Title(StudyAnalysis analysis, string question, Language language, Func<string, string?>? questionLabel = null) => new(
        ChartTitles.Main(analysis.Study.Metadata, ChartTitles.QuestionLabel(analysis.Study, question, language, questionLabel), language),
        ChartTitles.BaseSizes(analysis.Study, Results(analysis, question), language));

    /// <summary>The question groups of a study, in ledger order (first figure of each).</summary>
    public static IReadOnlyList<string> Questions(StudyAnalysis analysis) =>
        analysis.Results.Select(r => r.Figure.Question).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Largest drawn value first; equal values keep ledger order.</summary>
    internal static IReadOnlyList<FigureResult> Ordered(IEnumerable<FigureResult> results) =>
        results.OrderByDescending(r => ChartValues.Shown(r)).ToList();

    internal static IReadOnlyList<FigureResult> Results(StudyAnalysis analysis, string question)
    {
        var results = analysis.Results.Where(r => r.Figure.Question == question).ToList();
        return results.Count > 0 ? results : throw new ArgumentException(
            $"Study '{analysis.Study.Id}' has no figure in question group '{question}'; its groups are {string.Join(", ", Questions(analysis))}.", nameof(question));
    }
}
