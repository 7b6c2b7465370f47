using Plotly.NET;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Recomputation;
using static SurveyFigures.Charts.PlotlyObjects;

namespace SurveyFigures.Charts;

/// <summary>
/// The traces that show a list of figures as horizontal bars: the published figure as the bar (labelled as printed),
/// a figure printed in words as a hatched bar (pattern overlaid on the colour: plotly's default 'replace' would hide it) at the midpoint of our reading, and the recomputed share as a marker
/// with its interval as asymmetric error bars. Traces are told apart by their legendgroup:
/// <see cref="PublishedGroup"/>, <see cref="ReadingGroup"/>, <see cref="RecomputedGroup"/>.
/// </summary>
internal static class FigureTraces
{
    public const string PublishedGroup = "published";
    public const string ReadingGroup = "reading";
    public const string RecomputedGroup = "recomputed";

    /// <param name="results">The figures, in display order (top first).</param>
    /// <param name="labels">The category label of each figure, aligned with <paramref name="results"/>.</param>
    /// <param name="axis">The subplot index (1 for the first axes, 2 for x2/y2, …).</param>
    public static IEnumerable<Trace> Bars(IReadOnlyList<FigureResult> results, IReadOnlyList<string> labels, Language language, int axis = 1, bool showLegend = true)
    {
        var rows = results.Select((r, i) => (Result: r, Label: labels[i], Hover: Hover(r, language))).ToList();
        var printed = rows.Where(row => !ChartValues.IsReading(row.Result.Figure)).ToList();
        var readings = rows.Where(row => ChartValues.IsReading(row.Result.Figure)).ToList();
        if (printed.Count > 0)
        {
            yield return Bar(printed, PublishedGroup, ChartText.Published.In(language), Palette.Published, null, language, axis, showLegend);
        }
        if (readings.Count > 0)
        {
            yield return Bar(readings, ReadingGroup, ChartText.Reading.In(language), Palette.Reading, "/", language, axis, showLegend);
        }
        yield return Recomputed(rows.Select(row => (row.Result, row.Label, row.Hover)).ToList(), language, axis, showLegend);
        yield return Labels(rows.Select(row => (row.Result, row.Label, row.Hover)).ToList(), language, axis);
    }

    public const string LabelGroup = "labels";

    /// <summary>
    /// The printed values as text just right of the bar or its interval, whichever ends later, so the label never sits
    /// under the recomputed marker. (The bars keep the same text for hover and for tests, but do not draw it.)
    /// </summary>
    private static Trace2D Labels(List<(FigureResult Result, string Label, string Hover)> rows, Language language, int axis) => Trace("scatter",
        ("name", ChartText.Published.In(language)),
        ("legendgroup", LabelGroup),
        ("showlegend", false),
        ("mode", "text"),
        ("x", rows.Select(r => ChartFormat.Coordinate(Math.Max(ChartValues.Shown(r.Result), ChartValues.IntervalHigh(r.Result)) + 1)).ToArray()),
        ("y", rows.Select(r => r.Label).ToArray()),
        ("text", rows.Select(r => PlotlyText.Escape(ChartFormat.Printed(r.Result.Figure, language))).ToArray()),
        ("textposition", "middle right"),
        ("marker", Obj(("color", Palette.Published))),
        ("hoverinfo", "skip"),
        ("cliponaxis", false),
        ("xaxis", AxisRef('x', axis)),
        ("yaxis", AxisRef('y', axis)));

    private static Trace2D Bar(List<(FigureResult Result, string Label, string Hover)> rows, string group, string name, string color, string? pattern,
        Language language, int axis, bool showLegend) => Trace("bar",
        ("name", name),
        ("legendgroup", group),
        ("showlegend", showLegend),
        ("orientation", "h"),
        ("x", rows.Select(r => ChartValues.Shown(r.Result)).ToArray()),
        ("y", rows.Select(r => r.Label).ToArray()),
        ("text", rows.Select(r => PlotlyText.Escape(ChartFormat.Printed(r.Result.Figure, language))).ToArray()),
        ("textposition", "none"),
        ("cliponaxis", false),
        ("hovertext", rows.Select(r => r.Hover).ToArray()),
        ("hoverinfo", "text"),
        ("marker", Obj(("color", color), ("pattern", pattern is null ? null : Obj(("shape", pattern), ("fgcolor", "#FFFFFF"), ("fillmode", "overlay"))))),
        ("xaxis", AxisRef('x', axis)),
        ("yaxis", AxisRef('y', axis)));

    private static Trace2D Recomputed(List<(FigureResult Result, string Label, string Hover)> rows, Language language, int axis, bool showLegend)
    {
        var first = rows[0].Result;
        var errors = rows.Select(r => ChartValues.IntervalErrors(r.Result)).ToList();
        return Trace("scatter",
            ("name", ChartText.Recomputed(language, first)),
            ("legendgroup", RecomputedGroup),
            ("showlegend", showLegend),
            ("mode", "markers"),
            ("x", rows.Select(r => ChartValues.Recomputed(r.Result)).ToArray()),
            ("y", rows.Select(r => r.Label).ToArray()),
            ("hovertext", rows.Select(r => r.Hover).ToArray()),
            ("hoverinfo", "text"),
            ("marker", Obj(("color", Palette.Recomputed), ("symbol", "diamond"), ("size", 8))),
            ("error_x", Obj(("type", "data"), ("symmetric", false),
                ("array", errors.Select(e => e.Plus).ToArray()), ("arrayminus", errors.Select(e => e.Minus).ToArray()),
                ("color", Palette.Recomputed), ("thickness", 1.5), ("width", 5))),
            ("cliponaxis", false),
            ("xaxis", AxisRef('x', axis)),
            ("yaxis", AxisRef('y', axis)));
    }

    /// <summary>What a reader sees on hover: the figure, as published and as recomputed, with count, base and interval.</summary>
    public static string Hover(FigureResult r, Language language)
    {
        var f = r.Figure;
        var published = ChartFormat.Printed(f, language);
        if (f.Interval is { } reading)
        {
            published += $", {ChartText.ReadAs.In(language)} {ChartFormat.Number((double)reading.Low, 1, language)}–{ChartFormat.Percent((double)reading.High, language)}";
        }
        var colon = language == Language.Fr ? " : " : ": ";
        var recomputed = r.Weighted is { } w
            ? $"{Views.WeightedTerms.Share(w, r.ComputedPercent, language)}, {Views.WeightedTerms.Size(w, language)}"
            : $"{Numbers.Share(r, language)} ({ChartText.Count.In(language)} {ChartFormat.Integer(r.Count)} {ChartText.Of.In(language)} {ChartFormat.Integer(r.BaseN)})";
        var interval = $"{ChartFormat.Capitalize(ChartText.Interval(language, r.IntervalLevel))}{colon}{Numbers.IntervalText(r.Interval, language)}";
        return $"<b>{PlotlyText.Escape(f.Label.In(language))}</b><br>{ChartText.Published.In(language)}{colon}{PlotlyText.Escape(published)}<br>"
            + $"{ChartText.RecomputedShare.In(language)}{colon}{recomputed}<br>{interval}";
    }
}
