using SurveyFigures.Data;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Charts;

/// <summary>The numbers a chart draws for one figure, in percent (0–100).</summary>
internal static class ChartValues
{
    /// <summary>
    /// The published figure; for a figure printed in words, the midpoint of the interval we read it as; for a printed
    /// count, its share of the base the figure was recomputed on.
    /// </summary>
    public static double Shown(FigureResult result) => result.Figure switch
    {
        { Percent: { } p } => (double)p.Value,
        { Primary.Count: not null } when result.BaseN > 0 =>
            ChartFormat.Coordinate((double)(100m * Consistency.PrintedCounts.CountClaim(result.Figure.Primary).Min / result.BaseN)),
        { Interval: { } i } => ChartFormat.Coordinate((double)(i.Low + i.High) / 2),
        _ => 0,
    };

    /// <summary>Whether the figure is drawn as a reading (printed in words) rather than a printed number.</summary>
    public static bool IsReading(Figure figure) => figure.Primary.IsWords;

    public static double Recomputed(FigureResult result) => ChartFormat.Coordinate((double)result.ComputedPercent);

    public static double IntervalLow(FigureResult result) => ChartFormat.Coordinate(result.Interval.Low * 100);

    public static double IntervalHigh(FigureResult result) => ChartFormat.Coordinate(result.Interval.High * 100);

    /// <summary>Error-bar lengths above and below the recomputed share: the interval, never negative.</summary>
    public static (double Plus, double Minus) IntervalErrors(FigureResult result)
    {
        var x = Recomputed(result);
        return (ChartFormat.Coordinate(Math.Max(0, IntervalHigh(result) - x)), ChartFormat.Coordinate(Math.Max(0, x - IntervalLow(result))));
    }

    /// <summary>The feasible counts as percent of the base the figure was recomputed on; null when no count prints as the figure.</summary>
    public static (double Low, double High)? FeasiblePercent(FigureResult result) => result.Feasible.IsEmpty || result.BaseN == 0
        ? null
        : (ChartFormat.Coordinate(100.0 * result.Feasible.Min / result.BaseN), ChartFormat.Coordinate(100.0 * result.Feasible.Max / result.BaseN));

    /// <summary>Category labels for figures, made unique (a repeated label gets the figure id appended) so plotly does not merge them.</summary>
    public static IReadOnlyList<string> UniqueLabels(IReadOnlyList<Figure> figures, Language language)
    {
        var labels = figures.Select(f => f.Label.In(language)).ToList();
        var repeated = labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return figures.Select((f, i) => PlotlyText.Escape(repeated.Contains(labels[i]) ? $"{labels[i]} ({f.Id})" : labels[i])).ToList();
    }
}
