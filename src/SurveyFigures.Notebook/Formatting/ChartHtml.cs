using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>
/// Chart HTML for notebooks. plotly.js (about 3.5 MB) is embedded once per kernel session, with the first
/// chart displayed; later charts draw with the same window.Plotly. Nothing is fetched from a CDN.
/// </summary>
public static class ChartHtml
{
    private static readonly object Gate = new();

    // The session plotly.js was last embedded in. A runner that executes several notebooks in one process names each
    // session under this AppContext key (SurveyFigures.NotebookEngine.NotebookSession.SessionKey; the facade cannot
    // reference the engine); the Polyglot kernel names none, and there the process is the session.
    private const string SessionKey = "SurveyFigures.NotebookSession";
    private static object? _libraryEmittedIn;
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
            var session = AppContext.GetData(SessionKey);
            if ((!_libraryEmitted || !Equals(session, _libraryEmittedIn)) && PlotlyJavaScript is not null)
            {
                library = PlotlyJavaScript;
                _libraryEmitted = true;
                _libraryEmittedIn = session;
            }
        }
        return library is null ? chart.Html : $"{library}\n{chart.Html}";
    }
}
