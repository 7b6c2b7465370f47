namespace SurveyFigures.Charts;

/// <summary>A chart's title: the main line ("PulseLife barometer — Barriers to use") and a subtitle (the base sizes, the order used).</summary>
internal sealed record ChartTitle(string Main, string Subtitle)
{
    /// <summary>One line of plain text, for lists and headings: "Main (Subtitle)".</summary>
    public string Text => Subtitle.Length == 0 ? Main : $"{Main} ({Subtitle})";

    /// <summary>The plotly title text: the subtitle on a second, smaller line.</summary>
    internal string Html => Subtitle.Length == 0 ? PlotlyText.Escape(Main) : $"{PlotlyText.Escape(Main)}<br><sup>{PlotlyText.Escape(Subtitle)}</sup>";
}
