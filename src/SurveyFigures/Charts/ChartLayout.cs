using Plotly.NET;
using SurveyFigures.Data;
using static SurveyFigures.Charts.PlotlyObjects;
using PlotObject = DynamicObj.DynamicObj;

namespace SurveyFigures.Charts;

/// <summary>The layout every chart shares: title, legend above the plot, footer annotation below it, axes.</summary>
internal static class ChartLayout
{
    private const int FooterLineHeight = 14;
    private const int RowHeight = 30;
    public const string TextColor = "#222222";
    public const string FooterColor = "#444444";
    public const string GridColor = "#E5E5E5";

    /// <summary>The height of the plotting area of a chart <see cref="Build"/> lays out: its height less the top and bottom margins.</summary>
    public static int PlotHeight(int height, int footerLines) => height - 110 - (90 + (FooterLineHeight * footerLines));

    /// <summary>A height that gives each category row about 30 px, plus room for title, legend and footer.</summary>
    public static int Height(int rows, int footerLines) => 170 + (RowHeight * Math.Max(rows, 3)) + (FooterLineHeight * footerLines);

    public static Layout Build(ChartTitle title, IReadOnlyList<string> footer, int height, IEnumerable<(string Name, object Value)> axes,
        IEnumerable<PlotObject>? annotations = null, string barMode = "overlay", bool showLegend = true, IReadOnlyList<string>? note = null)
    {
        note ??= [];
        var below = footer.Count + note.Count;
        var layout = PlotlyObjects.Layout(
            ("title", Obj(("text", title.Html), ("x", 0.01), ("xref", "container"), ("xanchor", "left"))),
            ("font", Obj(("family", "Arial, Helvetica, sans-serif"), ("size", 13), ("color", TextColor))),
            ("height", height),
            ("margin", Obj(("l", 10), ("r", 60), ("t", 110), ("b", 90 + (FooterLineHeight * below) + (note.Count > 0 ? 8 : 0)))),
            ("paper_bgcolor", "#FFFFFF"),
            ("plot_bgcolor", "#FFFFFF"),
            ("showlegend", showLegend),
            ("legend", Obj(("orientation", "h"), ("x", 0), ("xanchor", "left"), ("y", 1.0), ("yanchor", "bottom"))),
            ("barmode", barMode),
            ("hovermode", "closest"));
        foreach (var (name, value) in axes)
        {
            layout.SetProperty(name, value);
        }
        var all = (annotations ?? []).ToList();
        if (note.Count > 0)
        {
            all.Add(Note(note));
        }
        all.Add(Footer(footer, note.Count));
        layout.SetProperty("annotations", all.ToArray());
        return layout;
    }

    /// <summary>A note in italics just below the x axis title, above the footer.</summary>
    public static PlotObject Note(IReadOnlyList<string> lines) => Obj(
        ("name", "note"),
        ("text", $"<i>{PlotlyText.Lines(lines)}</i>"),
        ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", 0),
        ("xanchor", "left"), ("yanchor", "top"), ("yshift", -64),
        ("showarrow", false), ("align", "left"),
        ("font", Obj(("size", 12), ("color", TextColor))));

    /// <summary>The footer annotation: below the x axis title (and the note, if any), left-aligned, one line per entry.</summary>
    public static PlotObject Footer(IReadOnlyList<string> lines, int noteLines = 0) => Obj(
        ("name", "footer"),
        ("text", PlotlyText.Lines(lines)),
        ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", 0),
        ("xanchor", "left"), ("yanchor", "top"), ("yshift", -64 - (noteLines > 0 ? (16 * noteLines) + 8 : 0)),
        ("showarrow", false), ("align", "left"),
        ("font", Obj(("size", 10), ("color", FooterColor))));

    /// <summary>A share axis fixed from 0 to 100 %.</summary>
    public static PlotObject ShareAxis(Language language, bool withTitle = true, string? anchor = null) => Obj(
        ("range", new[] { 0, 100 }),
        ("title", withTitle ? Obj(("text", ChartText.ShareAxis.In(language))) : null),
        ("ticksuffix", " %"),
        ("dtick", 10),
        ("gridcolor", GridColor),
        ("zeroline", false),
        ("fixedrange", true),
        ("anchor", anchor));

    /// <summary>A category axis listing <paramref name="topToBottom"/> from the top of the chart down.</summary>
    public static PlotObject CategoryAxis(IReadOnlyList<string> topToBottom, string? anchor = null, double[]? domain = null) => Obj(
        ("type", "category"),
        ("categoryorder", "array"),
        ("categoryarray", topToBottom.ToArray()),
        ("autorange", "reversed"),
        ("automargin", true),
        ("anchor", anchor),
        ("domain", domain));
}
