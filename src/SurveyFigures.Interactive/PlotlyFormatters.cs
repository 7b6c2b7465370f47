using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using SurveyFigures.Charts;

namespace SurveyFigures.Interactive;

/// <summary>
/// Plotly.NET charts as <c>application/vnd.plotly.v1+json</c> (VS Code and JupyterLab draw it themselves) and as
/// offline <c>text/html</c>: plotly.js, shipped inside Plotly.NET, is inlined with the first chart of the session
/// only; later charts wait for that copy. Nothing is fetched from a CDN.
/// </summary>
internal static class PlotlyFormatters
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private static readonly Lock Gate = new();
    private static int _charts;
    private static bool _libraryEmitted;

    public static void Register()
    {
        Formatter.Register(typeof(GenericChart), (value, writer) => writer.Write(ChartRendering.ToJson((GenericChart)value)), PlotlyMimeType);
        Formatter.Register(typeof(GenericChart), (value, writer) => writer.Write(Html((GenericChart)value)), "text/html");
        Formatter.Register(typeof(GenericChart), (value, writer) => writer.Write("Plotly.NET chart"), "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), PlotlyMimeType, "text/html");
    }

    private static string Html(GenericChart chart)
    {
        bool includeLibrary;
        int number;
        lock (Gate)
        {
            includeLibrary = !_libraryEmitted;
            _libraryEmitted = true;
            number = ++_charts;
        }
        // A number in the div id keeps two displays of the same chart apart on one page.
        return ChartRendering.ToHtml(chart, ChartRendering.DivId(chart, $"plotly{number}"), includeLibrary);
    }
}
