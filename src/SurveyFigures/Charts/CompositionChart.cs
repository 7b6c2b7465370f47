using Plotly.NET;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using static SurveyFigures.Charts.PlotlyObjects;
using PlotObject = DynamicObj.DynamicObj;

namespace SurveyFigures.Charts;

/// <summary>
/// The composition of a study's sample (the question groups whose id starts with <see cref="Prefix"/>, such as
/// profession and age band): one stacked subplot per group, in ledger order, categories in ledger order too
/// (so ordered bands such as age stay in their natural order), each drawn like <see cref="QuestionChart"/>.
/// </summary>
internal static class CompositionChart
{
    public const string Prefix = "sample-";
    // In pixels, turned into fractions of the plotting area below: a fixed fraction gave a one-row subplot too little
    // room, and its title ran into the legend above it.
    private const double GapPixels = 50;
    private const double TitlePixels = 34;

    public static bool IsComposition(string question) => question.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The sample question groups of a study, in ledger order; empty when it publishes no composition.</summary>
    public static IReadOnlyList<string> Questions(StudyAnalysis analysis) => QuestionChart.Questions(analysis).Where(IsComposition).ToList();

    public static GenericChart Build(StudyAnalysis analysis, Language language, Func<string, string?>? questionLabel = null)
    {
        var groups = Questions(analysis).Select(q => (Question: q, Results: QuestionChart.Results(analysis, q))).ToList();
        var footer = ChartFooter.Lines(analysis.Study.Metadata, language, groups.SelectMany(g => g.Results).Select(r => r.Figure));
        var title = Title(analysis, language);
        if (groups.Count == 0)
        {
            var empty = ChartLayout.Build(title, footer, ChartLayout.Height(3, footer.Count),
                [("xaxis", ChartLayout.ShareAxis(language)), ("yaxis", Obj(("visible", false)))],
                [Obj(("text", ChartText.NoComposition.In(language)), ("xref", "paper"), ("yref", "paper"), ("x", 0.5), ("y", 0.5), ("showarrow", false))]);
            return Chart([], empty);
        }
        var rows = groups.Sum(g => g.Results.Count);
        var height = ChartLayout.Height(rows + (2 * groups.Count), footer.Count);
        var plot = (double)ChartLayout.PlotHeight(height, footer.Count);
        var (titleRoom, gap) = (TitlePixels / plot, GapPixels / plot);
        var usable = 1 - titleRoom - (gap * (groups.Count - 1));
        var axes = new List<(string, object)>();
        var annotations = new List<PlotObject>();
        var traces = new List<Trace>();
        var top = 1.0 - titleRoom;
        for (var i = 0; i < groups.Count; i++)
        {
            var (question, results) = groups[i];
            var index = i + 1;
            var bottom = i == groups.Count - 1 ? 0 : ChartFormat.Coordinate(top - (usable * results.Count / rows));
            var labels = ChartValues.UniqueLabels(results.Select(r => r.Figure).ToList(), language);
            axes.Add((AxisName('x', index), ChartLayout.ShareAxis(language, withTitle: i == groups.Count - 1, anchor: AxisRef('y', index))));
            axes.Add((AxisName('y', index), ChartLayout.CategoryAxis(labels, anchor: AxisRef('x', index), domain: [bottom, top])));
            annotations.Add(Obj(
                ("name", $"subplot-title:{question}"),
                ("text", $"<b>{PlotlyText.Escape(ChartTitles.QuestionLabel(analysis.Study, question, language, questionLabel))}</b>"),
                ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", top), ("xanchor", "left"), ("yanchor", "bottom"),
                ("showarrow", false)));
            traces.AddRange(FigureTraces.Bars(results, labels, language, index, showLegend: i == 0));
            top = ChartFormat.Coordinate(bottom - gap);
        }
        var layout = ChartLayout.Build(title, footer, height, axes, annotations);
        return Chart(traces, layout);
    }

    public static ChartTitle Title(StudyAnalysis analysis, Language language)
    {
        var results = Questions(analysis).SelectMany(q => QuestionChart.Results(analysis, q)).ToList();
        var main = ChartTitles.Main(analysis.Study.Metadata, ChartText.Composition.In(language), language);
        return new ChartTitle(main, results.Count > 0
            ? ChartTitles.BaseSizes(analysis.Study, results, language)
            : $"n = {analysis.Study.Metadata.Sample}");
    }
}
