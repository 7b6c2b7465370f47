using Plotly.NET;
using SurveyFigures.Data;
using static SurveyFigures.Charts.PlotlyObjects;
using PlotObject = DynamicObj.DynamicObj;

namespace SurveyFigures.Charts;

/// <summary>The layout every chart shares: title, legend above the plot, footer annotation below it, axes.</summary>
internal static class ChartLayout
{
    /// <summary>
    /// The narrowest width (px) a chart is laid out for: footer and note lines are wrapped to fit it, and the chart's
    /// element never gets narrower (<see cref="ChartRendering.ToHtml(GenericChart, string, bool)"/> sets it as min-width).
    /// </summary>
    public const int DesignWidth = 800;

    /// <summary>The gap (px) between the footer's text and the chart's left and right edges.</summary>
    private const int Edge = 10;

    /// <summary>
    /// Arial's mean advance per character, in ems, estimated generously for running text (about 0.45 measured in
    /// Chromium), so a wrapped line stays well short of the width it is wrapped to.
    /// </summary>
    private const double TextCharEm = 0.56;

    /// <summary>
    /// The width of tick labels estimated low (for where the plot's left edge is at least, which places the footer) and
    /// high (for how much room a legend that starts there has at most). Measured: about 0.44 em.
    /// </summary>
    private const double LabelCharEmLow = 0.40;
    private const double LabelCharEmHigh = 0.52;

    /// <summary>The high estimate of each layout's label column, for <see cref="FitLegend"/>.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Layout, object> LabelColumns = new();

    public const int FontSize = 13;
    public const int FooterFontSize = 10;
    public const int NoteFontSize = 12;
    private const int FooterLineHeight = 14;
    private const int NoteLineHeight = 16;
    private const int RowHeight = 30;
    public const string TextColor = "#222222";
    public const string FooterColor = "#444444";
    public const string GridColor = "#E5E5E5";

    /// <summary>The most characters of text at <paramref name="fontSize"/> px that fit on a line across <see cref="DesignWidth"/>, less an edge on each side.</summary>
    public static int CharsPerLine(int fontSize) => (int)Math.Floor((DesignWidth - (2 * Edge)) / (TextCharEm * fontSize));

    /// <summary>Footer text wrapped to the chart's width at the footer's font size.</summary>
    public static IReadOnlyList<string> WrapFooter(string text) => ChartFooter.Wrap(text, CharsPerLine(FooterFontSize)).ToList();

    /// <summary>Note text wrapped to the chart's width at the note's font size.</summary>
    public static IReadOnlyList<string> WrapNote(string text) => ChartFooter.Wrap(text, CharsPerLine(NoteFontSize)).ToList();

    /// <summary>
    /// The characters of the widest tick label of every category axis given, plus <paramref name="extraLabelChars"/>
    /// (a multicategory axis's outer level): plotly's automargin makes the left margin that wide, and the plot starts there.
    /// </summary>
    public static int LabelChars(IEnumerable<(string Name, object Value)> axes, int extraLabelChars = 0) =>
        axes.Select(a => a.Value).OfType<PlotObject>()
            .Select(axis => axis.TryGetPropertyValue("categoryarray") is { } value && value.Value is string[] labels
                ? labels.SelectMany(l => l.Split("<br>")).Select(PlotlyTextLength).DefaultIfEmpty(0).Max()
                : 0)
            .DefaultIfEmpty(0).Max() + extraLabelChars;

    /// <summary>Where the plot's left edge is at least (px): the margin, or the label column estimated low.</summary>
    public static int PlotLeftAtLeast(int labelChars) => Math.Max(Left, (int)Math.Floor(labelChars * LabelCharEmLow * FontSize));

    private const int Left = 10;

    /// <summary>
    /// Room for a legend that wraps: plotly wraps a horizontal legend to the chart's width and grows it upwards, into the
    /// title. The rows it needs at <see cref="DesignWidth"/> are estimated from the names of the traces it lists (an item
    /// is a symbol and its name); each row past the first adds <see cref="LegendRowHeight"/> to the top margin and the
    /// height, so the plotting area keeps its size and the subtitle stays clear of the legend.
    /// </summary>
    public static void FitLegend(IReadOnlyList<Trace> traces, Layout layout)
    {
        if (layout.TryGetPropertyValue("showlegend") is { } shown && shown.Value is false
            || layout.TryGetPropertyValue("margin") is not { } marginValue || marginValue.Value is not PlotObject margin
            || !LabelColumns.TryGetValue(layout, out var column) || column is not int left
            || layout.TryGetPropertyValue("height") is not { } heightValue || heightValue.Value is not int height)
        {
            return;
        }
        var items = traces
            .Where(t => !(t.TryGetPropertyValue("showlegend") is { } show && show.Value is false))
            .Select(t => t.TryGetPropertyValue("name") is { } name && name.Value is string text ? text : null)
            .OfType<string>()
            .Select(name => LegendItemWidth + (PlotlyTextLength(name) * LabelCharEmHigh * FontSize))
            .ToList();
        var available = DesignWidth - left - Edge;
        var (rows, used) = (items.Count > 0 ? 1 : 0, 0.0);
        foreach (var item in items)
        {
            if (used > 0 && used + item > available)
            {
                rows++;
                used = 0;
            }
            used += item;
        }
        var extra = Math.Max(0, rows - 1) * LegendRowHeight;
        if (extra > 0)
        {
            margin.SetProperty("t", Top + extra);
            layout.SetProperty("height", height + extra);
        }
    }

    private const int LegendItemWidth = 46;
    private const int LegendRowHeight = 24;

    /// <summary>The characters plotly shows for label text: an entity (&amp;amp;) is one.</summary>
    private static int PlotlyTextLength(string text) => System.Net.WebUtility.HtmlDecode(text).Length;

    /// <summary>The height of the plotting area of a chart <see cref="Build"/> lays out: its height less the top and bottom margins.</summary>
    public static int PlotHeight(int height, int footerLines) => height - Top - (90 + (FooterLineHeight * footerLines));

    private const int Top = 110;

    /// <summary>plotly's mode-bar buttons for zooming, panning and selecting: of no use on charts with fixed axes.</summary>
    private static readonly string[] ModeBarRemoved = ["zoom", "pan", "select", "lasso", "zoomin", "zoomout", "autoscale", "resetscale"];

    /// <summary>
    /// Room above the title: plotly raises a title of two lines by about a line, and with 12 px the main line's glyphs
    /// reached the chart's top edge (measured in Chromium, NotebooksInBrowserTests).
    /// </summary>
    private const int TitlePadTop = 22;

    /// <summary>A height that gives each category row about 30 px, plus room for title, legend and footer.</summary>
    public static int Height(int rows, int footerLines) => 170 + (RowHeight * Math.Max(rows, 3)) + (FooterLineHeight * footerLines);

    /// <summary>
    /// The layout: the title at the top left of the chart (its subtitle well above the legend), the legend above the plot,
    /// the note and footer below it, shifted from the plot's left edge to near the chart's (by the label column estimated
    /// low, so never past the chart's edge; lines are wrapped with room to spare for the estimate's error), and a bottom
    /// margin that holds every line. <paramref name="extraLabelChars"/> counts tick labels not listed in a category array
    /// (a multicategory axis's outer level).
    /// </summary>
    public static Layout Build(ChartTitle title, IReadOnlyList<string> footer, int height, IEnumerable<(string Name, object Value)> axes,
        IEnumerable<PlotObject>? annotations = null, string barMode = "overlay", bool showLegend = true, IReadOnlyList<string>? note = null,
        int extraLabelChars = 0)
    {
        note ??= [];
        var axisList = axes.ToList();
        var labelChars = LabelChars(axisList, extraLabelChars);
        var left = PlotLeftAtLeast(labelChars);
        var bottom = 90 + (FooterLineHeight * footer.Count) + (note.Count > 0 ? (NoteLineHeight * note.Count) + 8 : 0);
        var layout = PlotlyObjects.Layout(
            ("title", Obj(("text", title.Html), ("x", 0.01), ("xref", "container"), ("xanchor", "left"),
                ("y", 1), ("yref", "container"), ("yanchor", "top"), ("pad", Obj(("t", TitlePadTop))))),
            ("font", Obj(("family", "Arial, Helvetica, sans-serif"), ("size", FontSize), ("color", TextColor))),
            ("height", height + (note.Count * (NoteLineHeight - FooterLineHeight))),
            ("margin", Obj(("l", Left), ("r", 60), ("t", Top), ("b", bottom))),
            ("paper_bgcolor", "#FFFFFF"),
            ("plot_bgcolor", "#FFFFFF"),
            ("showlegend", showLegend),
            ("legend", Obj(("orientation", "h"), ("x", 0), ("xanchor", "left"), ("y", 1.0), ("yanchor", "bottom"))),
            ("barmode", barMode),
            ("hovermode", "closest"),
            // Only the image download (and plotly's logo) stays in the mode bar, since the axes are fixed: with all its
            // buttons it reached 270 px in from the right edge, over long titles; upright, it met wide legends instead.
            ("modebar", Obj(("remove", ModeBarRemoved))));
        foreach (var (name, value) in axisList)
        {
            layout.SetProperty(name, value);
        }
        var all = (annotations ?? []).ToList();
        if (note.Count > 0)
        {
            all.Add(Note(note, left));
        }
        all.Add(Footer(footer, left, note.Count));
        layout.SetProperty("annotations", all.ToArray());
        LabelColumns.AddOrUpdate(layout, Math.Max(Left, (int)Math.Ceiling(labelChars * LabelCharEmHigh * FontSize)));
        return layout;
    }

    /// <summary>A note in italics just below the x axis title, above the footer, from the chart's left edge.</summary>
    public static PlotObject Note(IReadOnlyList<string> lines, int leftMargin) => Obj(
        ("name", "note"),
        ("text", $"<i>{PlotlyText.Lines(lines)}</i>"),
        ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", 0),
        ("xanchor", "left"), ("yanchor", "top"), ("xshift", Edge - leftMargin), ("yshift", -64),
        ("showarrow", false), ("align", "left"),
        ("font", Obj(("size", NoteFontSize), ("color", TextColor))));

    /// <summary>The footer annotation: below the x axis title (and the note, if any), from the chart's left edge, one line per entry.</summary>
    public static PlotObject Footer(IReadOnlyList<string> lines, int leftMargin, int noteLines = 0) => Obj(
        ("name", "footer"),
        ("text", PlotlyText.Lines(lines)),
        ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", 0),
        ("xanchor", "left"), ("yanchor", "top"), ("xshift", Edge - leftMargin), ("yshift", -64 - (noteLines > 0 ? (NoteLineHeight * noteLines) + 8 : 0)),
        ("showarrow", false), ("align", "left"),
        ("font", Obj(("size", FooterFontSize), ("color", FooterColor))));

    /// <summary>
    /// An x axis title as an annotation ending at the plot's right edge, where plotly puts an axis title vertically: a
    /// title wider than the plot then still ends inside the chart (the right margin is empty), where a centred one would not.
    /// </summary>
    public static PlotObject XAxisTitleAtRight(string text) => Obj(
        ("name", "x axis title"),
        ("text", PlotlyText.Escape(text)),
        ("xref", "paper"), ("yref", "paper"), ("x", 1), ("y", 0),
        ("xanchor", "right"), ("yanchor", "top"), ("yshift", -38),
        ("showarrow", false), ("align", "right"),
        ("font", Obj(("size", FontSize), ("color", TextColor))));

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
