namespace SurveyFigures.Charts;

/// <summary>
/// Plotly draws text through its own small HTML dialect (&lt;b&gt;, &lt;br&gt;, &lt;a href&gt;, entities), so a label
/// from the data is escaped before it reaches a chart: "&lt;a href=…&gt;" then shows as typed, never as a link. Our own
/// markup (line breaks, bold, italics) is added around escaped text, so it cannot be confused with a label's.
/// </summary>
internal static class PlotlyText
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Lines of text (escaped each) joined by Plotly line breaks.</summary>
    public static string Lines(IEnumerable<string> lines) => string.Join("<br>", lines.Select(Escape));
}
