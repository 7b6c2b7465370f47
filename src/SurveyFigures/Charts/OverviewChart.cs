using Plotly.NET;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using static SurveyFigures.Charts.PlotlyObjects;

namespace SurveyFigures.Charts;

/// <summary>
/// Every figure of a study as a dot plot, in ledger order from the top (the order of figures.csv, which follows
/// the source): the published figure as an open circle (a figure printed in words as an open square at the
/// midpoint of our reading), and the recomputed share as a filled diamond with its interval.
/// </summary>
internal static class OverviewChart
{
    public const string PublishedGroup = FigureTraces.PublishedGroup;
    public const string RecomputedGroup = FigureTraces.RecomputedGroup;

    public static GenericChart Build(StudyAnalysis analysis, Language language)
    {
        var results = analysis.Results;
        var labels = ChartValues.UniqueLabels(results.Select(r => r.Figure).ToList(), language);
        var hover = results.Select(r => FigureTraces.Hover(r, language)).ToArray();
        var errors = results.Select(ChartValues.IntervalErrors).ToList();
        var first = results[0];
        var published = Trace("scatter",
            ("name", ChartText.Published.In(language)),
            ("legendgroup", PublishedGroup),
            ("mode", "markers"),
            ("x", results.Select(r => ChartValues.Shown(r)).ToArray()),
            ("y", labels.ToArray()),
            ("hovertext", hover),
            ("hoverinfo", "text"),
            ("marker", Obj(
                ("color", Palette.Published),
                ("symbol", results.Select(r => ChartValues.IsReading(r.Figure) ? "square-open" : "circle-open").ToArray()),
                ("size", 11),
                ("line", Obj(("width", 2))))));
        var recomputed = Trace("scatter",
            ("name", ChartText.Recomputed(language, first)),
            ("legendgroup", RecomputedGroup),
            ("mode", "markers"),
            ("x", results.Select(ChartValues.Recomputed).ToArray()),
            ("y", labels.ToArray()),
            ("hovertext", hover),
            ("hoverinfo", "text"),
            ("marker", Obj(("color", Palette.Recomputed), ("symbol", "diamond"), ("size", 6))),
            ("error_x", Obj(("type", "data"), ("symmetric", false),
                ("array", errors.Select(e => e.Plus).ToArray()), ("arrayminus", errors.Select(e => e.Minus).ToArray()),
                ("color", Palette.Recomputed), ("thickness", 1.2), ("width", 3))));
        var footer = ChartFooter.Lines(analysis.Study.Metadata, language, analysis.Study.Figures);
        var layout = ChartLayout.Build(Title(analysis, language), footer, ChartLayout.Height(results.Count, footer.Count) - (8 * results.Count),
        [
            ("xaxis", ChartLayout.ShareAxis(language)),
            ("yaxis", ChartLayout.CategoryAxis(labels)),
        ]);
        return Chart([published, recomputed], layout);
    }

    public static ChartTitle Title(StudyAnalysis analysis, Language language) => new(
        ChartTitles.Main(analysis.Study.Metadata, ChartText.Overview.In(language), language),
        ChartTitles.BaseSizes(analysis.Study, analysis.Results, language) + ChartText.ListSeparator(language) + ChartText.LedgerOrder.In(language));
}
