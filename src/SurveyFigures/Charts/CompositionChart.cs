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
public static class CompositionChart
{
    public const string Prefix = "sample-";
    private const double Gap = 0.16;
    private const double TitleRoom = 0.06;

    public static bool IsComposition(string question) => question.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The sample question groups of a study, in ledger order; empty when it publishes no composition.</summary>
    public static IReadOnlyList<string> Questions(StudyAnalysis analysis) => QuestionChart.Questions(analysis).Where(IsComposition).ToList();

    public static GenericChart Build(StudyAnalysis analysis, Language language, Func<string, string?>? questionLabel = null)
    {
        var groups = Questions(analysis).Select(q => (Question: q, Results: QuestionChart.Results(analysis, q))).ToList();
        var footer = ChartFooter.Lines(analysis.Study.Metadata, language, analysis.Study.Figures);
        var title = Title(analysis, language);
        if (groups.Count == 0)
        {
            var empty = ChartLayout.Build(title, footer, ChartLayout.Height(3, footer.Count),
                [("xaxis", ChartLayout.ShareAxis(language)), ("yaxis", Obj(("visible", false)))],
                [Obj(("text", ChartText.NoComposition.In(language)), ("xref", "paper"), ("yref", "paper"), ("x", 0.5), ("y", 0.5), ("showarrow", false))]);
            return Chart([], empty);
        }
        var rows = groups.Sum(g => g.Results.Count);
        var usable = 1 - TitleRoom - (Gap * (groups.Count - 1));
        var axes = new List<(string, object)>();
        var annotations = new List<PlotObject>();
        var traces = new List<Trace>();
        var top = 1.0 - TitleRoom;
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
            top = ChartFormat.Coordinate(bottom - Gap);
        }
        var layout = ChartLayout.Build(title, footer, ChartLayout.Height(rows + (2 * groups.Count), footer.Count), axes, annotations);
        return Chart(traces, layout);
    }

    public static ChartTitle Title(StudyAnalysis analysis, Language language)
    {
        var results = Questions(analysis).SelectMany(q => QuestionChart.Results(analysis, q)).ToList();
        var main = ChartTitles.Main(analysis.Study.Metadata, ChartText.Composition.In(language), language);
        return new ChartTitle(main, results.Count > 0
            ? ChartTitles.BaseSizes(analysis.Study, results, language)
            : $"n = {ChartFormat.Integer(analysis.Study.Metadata.SampleSize)}");
    }
}
