using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// A chart built by the library, carried as its Plotly figure JSON and an HTML fragment that draws it
/// offline. Displays as both text/html and application/vnd.plotly.v1+json.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", ChartView.PlotlyMimeType])]
public sealed record ChartView(string Key, string Title, string DivId, string PlotlyJson, string Html)
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";
}
