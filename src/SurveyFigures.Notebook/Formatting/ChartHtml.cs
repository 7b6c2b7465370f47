using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>
/// Chart HTML for notebooks. plotly.js (about 3.5 MB) is embedded once per kernel session, with the first
/// chart displayed; later charts draw with the same window.Plotly. Nothing is fetched from a CDN.
/// </summary>
public static class ChartHtml
{
    private static readonly object Gate = new();
    private static bool _libraryEmitted;

    /// <summary>The script element that defines window.Plotly (plotly.js inlined), set when the library is opened.</summary>
    public static string? PlotlyJavaScript { get; set; }

    /// <summary>Charts one after the other, each in a full-width block of its own (plotly.js once, with the first).</summary>
    public static string Render(ChartList charts) =>
        string.Concat(charts.Select(c => $"<div class=\"survey-chart\" style=\"width:100%;display:block\">{Render(c)}</div>\n"));

    public static string Render(ChartView chart)
    {
        string? library = null;
        lock (Gate)
        {
            if (!_libraryEmitted && PlotlyJavaScript is not null)
            {
                library = PlotlyJavaScript;
                _libraryEmitted = true;
            }
        }
        return library is null ? chart.Html : $"{library}\n{chart.Html}";
    }
}
