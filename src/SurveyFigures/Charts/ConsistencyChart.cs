using SurveyFigures.Views;
using Plotly.NET;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using static SurveyFigures.Charts.PlotlyObjects;

namespace SurveyFigures.Charts;

/// <summary>How <see cref="ConsistencyChart"/> places the feasible ranges on its x axis.</summary>
internal enum ConsistencyScale
{
    /// <summary>In percent of the base, 0 to 100 %: the printed value and its range where they sit (ranges are narrow).</summary>
    Percent,
    /// <summary>In percentage points from the printed value (at 0): the width of each range becomes visible.</summary>
    PointsFromPrinted,
}

/// <summary>
/// Each printed figure against its feasible range (the whole counts, out of the recomputed base n, that print as it:
/// feasible_min/base_n to feasible_max/base_n), coloured by the ledger's verdict, one trace per verdict (named in the
/// legend, legendgroup = <see cref="Verdicts.Name"/>). Figures in ledger order from the top; a figure printed in words
/// is placed at the midpoint of our reading, its range being the counts inside that reading.
/// </summary>
internal static class ConsistencyChart
{
    public static GenericChart Build(StudyAnalysis analysis, Language language, ConsistencyScale scale = ConsistencyScale.Percent)
    {
        var results = analysis.Results;
        var labels = ChartValues.UniqueLabels(results.Select(r => r.Figure).ToList(), language);
        var traces = Enum.GetValues<Verdict>()
            .Select(v => (Verdict: v, Rows: results.Select((r, i) => (Result: r, Label: labels[i])).Where(row => row.Result.Verdict == v).ToList()))
            .Where(g => g.Rows.Count > 0)
            .Select(g => VerdictTrace(g.Verdict, g.Rows, language, scale))
            .ToList();
        // The points axis's title is long: centred under a plot that long labels narrow, it ran past the chart's right
        // edge at the minimum width. It ends at the plot's right edge instead, so it never can.
        var percent = scale == ConsistencyScale.Percent;
        var xaxis = percent
            ? ChartLayout.ShareAxis(language)
            : Obj(("zeroline", true), ("zerolinecolor", ChartLayout.TextColor), ("gridcolor", ChartLayout.GridColor), ("fixedrange", true));
        var footer = ChartFooter.Lines(analysis.Study.Metadata, language, analysis.Study.Figures);
        var layout = ChartLayout.Build(Title(analysis, language), footer, ChartLayout.Height(results.Count, footer.Count) - (8 * results.Count),
        [
            ("xaxis", xaxis),
            ("yaxis", ChartLayout.CategoryAxis(labels)),
        ], annotations: percent ? null : [ChartLayout.XAxisTitleAtRight(ChartText.PointsAxis.In(language))]);
        return Chart(traces, layout);
    }

    public static ChartTitle Title(StudyAnalysis analysis, Language language) => new(
        ChartTitles.Main(analysis.Study.Metadata, ChartText.ConsistencyTitle.In(language), language),
        ChartTitles.BaseSizes(analysis.Study, analysis.Results, language) + ChartText.ListSeparator(language) + ChartText.ConsistencySubtitle.In(language));

    private static Trace2D VerdictTrace(Verdict verdict, List<(FigureResult Result, string Label)> rows, Language language, ConsistencyScale scale)
    {
        var points = rows.Select(row => Point(row.Result, scale)).ToList();
        return Trace("scatter",
            ("name", ResultTerms.VerdictName(verdict, language)),
            ("legendgroup", Verdicts.Name(verdict)),
            ("mode", "markers"),
            ("x", points.Select(p => p.X).ToArray()),
            ("y", rows.Select(r => r.Label).ToArray()),
            ("hovertext", rows.Select(r => Hover(r.Result, language)).ToArray()),
            ("hoverinfo", "text"),
            ("marker", Obj(("color", Palette.ForVerdict(verdict)), ("symbol", verdict == Verdict.Impossible ? "x" : "circle"), ("size", 9))),
            ("error_x", Obj(("type", "data"), ("symmetric", false),
                ("array", points.Select(p => p.Plus).ToArray()), ("arrayminus", points.Select(p => p.Minus).ToArray()),
                ("color", Palette.ForVerdict(verdict)), ("thickness", 3), ("width", 6))));
    }

    /// <summary>Where the printed figure sits and how far its feasible range reaches above and below it.</summary>
    internal static (double X, double Plus, double Minus) Point(FigureResult r, ConsistencyScale scale)
    {
        var printed = ChartValues.Shown(r);
        var x = scale == ConsistencyScale.Percent ? printed : 0;
        return ChartValues.FeasiblePercent(r) is { } range
            ? (x, ChartFormat.Coordinate(Math.Max(0, range.High - printed)), ChartFormat.Coordinate(Math.Max(0, printed - range.Low)))
            : (x, 0, 0);
    }

    private static string Hover(FigureResult r, Language language)
    {
        var colon = language == Language.Fr ? " : " : ": ";
        var range = ChartValues.FeasiblePercent(r) is { } p
            ? $"{ChartFormat.Number(p.Low, 2, language)}–{ChartFormat.Percent(p.High, language, 2)} ({r.Feasible} {ChartText.Of.In(language)} {ChartFormat.Integer(r.BaseN)})"
            : ChartText.None.In(language);
        var text = $"<b>{PlotlyText.Escape(r.Figure.Label.In(language))}</b><br>{ChartText.Published.In(language)}{colon}{PlotlyText.Escape(ChartFormat.Printed(r.Figure, language))}<br>"
            + $"{ChartFormat.Capitalize(ChartText.Feasible.In(language))}{colon}{range}<br>"
            + $"{ChartFormat.Capitalize(ChartText.VerdictWord.In(language))}{colon}{ResultTerms.VerdictName(r.Verdict, language)}";
        // The checker's reasons are written in English only.
        return language == Language.En && r.Check.Reasons.Count > 0 ? $"{text}<br>{PlotlyText.Lines(ChartFooter.Wrap(r.Check.Reason))}" : text;
    }
}
