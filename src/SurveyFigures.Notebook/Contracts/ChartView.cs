using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// A chart built by the library, carried as its Plotly figure JSON and an HTML fragment that draws it
/// offline. Displays as text/html and application/vnd.plotly.v1+json, with its title as text/plain: .NET Interactive
/// sends only the preferred types, so text/plain is named here for Polyglot to carry the same fallback as the runner.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", ChartView.PlotlyMimeType, "text/plain"])]
public sealed record ChartView(string Key, string Title, string DivId, string PlotlyJson, string Html)
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";
}
