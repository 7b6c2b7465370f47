using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>
/// Chart HTML for notebooks. plotly.js (about 3.5 MB) is embedded once per kernel session, with the first
/// chart displayed; later charts draw with the same window.Plotly. Nothing is fetched from a CDN. Each display of a
/// chart gets a div id of its own (see <see cref="ChartDisplays"/>), so one chart shown in two cells draws twice.
/// </summary>
public static class ChartHtml
{
    // The session now running. A runner that executes several notebooks in one process names each session under this
    // AppContext key (SurveyFigures.NotebookEngine.NotebookSession.SessionKey; the facade cannot reference the
    // engine); the Polyglot kernel names none, and there the process is the session.
    private const string SessionKey = "SurveyFigures.NotebookSession";

    private static readonly ChartDisplays Displays = new(() => PlotlyJavaScript);

    /// <summary>The script element that defines window.Plotly (plotly.js inlined), set when the library is opened.</summary>
    public static string? PlotlyJavaScript { get; set; }

    /// <summary>Charts one after the other, each in a full-width block of its own (plotly.js once, with the first).</summary>
    public static string Render(ChartList charts) =>
        string.Concat(charts.Select(c => $"<div class=\"survey-chart\" style=\"width:100%;display:block\">{Render(c)}</div>\n"));

    public static string Render(ChartView chart) => Displays.Render(chart, AppContext.GetData(SessionKey));
}

/// <summary>
/// What a notebook session has displayed: which chart carried plotly.js (embedded once, and again only when that same
/// chart is shown again, as when its cell is re-run), and how many times each chart was shown.
/// The first display of a chart keeps its div id (a hash of the chart); the n-th display in the same session gets
/// "-n" after it, so two displays never share an element and the second still draws. Everything restarts with a new
/// session, so an executed notebook gives the same ids, and the same bytes, on every run.
/// </summary>
public sealed class ChartDisplays(Func<string?> library)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _shown = new(StringComparer.Ordinal);
    private object? _session;
    private bool _started;
    private string? _libraryCarrier;

    /// <summary>The chart's HTML for one display in <paramref name="session"/> (any value; null for a process-wide session).</summary>
    public string Render(ChartView chart, object? session)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string? script = null;
        int count;
        lock (_gate)
        {
            if (!_started || !Equals(session, _session))
            {
                (_started, _session, _libraryCarrier) = (true, session, null);
                _shown.Clear();
            }
            // The chart that carried plotly.js carries it again when shown again: re-running its cell replaces the only
            // output holding the library, and the saved notebook would otherwise have none.
            if ((_libraryCarrier is null || _libraryCarrier == chart.DivId) && library() is { } text)
            {
                script = text;
                _libraryCarrier = chart.DivId;
            }
            count = _shown[chart.DivId] = _shown.GetValueOrDefault(chart.DivId) + 1;
        }
        // The div id is a hash of the chart's JSON, so the figure cannot contain it: every occurrence is the id.
        var html = count == 1 ? chart.Html : chart.Html.Replace(chart.DivId, $"{chart.DivId}-{count}", StringComparison.Ordinal);
        return script is null ? html : $"{script}\n{html}";
    }
}
