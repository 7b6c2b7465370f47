using System.Text;
using System.Text.Json;
using SurveyFigures.Charts;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Notebook.Formatting;
using SurveyFigures.NotebookBackend;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// A chart displayed after the session's first (so without plotly.js of its own) on a page that lost window.Plotly:
/// the page still holds the first chart's inlined copy, restored without being run (as a frontend that restores
/// outputs may), and the chart runs it and draws; on a page with no copy at all, the chart says so instead of staying blank.
/// </summary>
public sealed class ChartLoaderInBrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chart-loader-");

    private static (string First, string Second) TwoDisplays()
    {
        var backend = new SurveyBackend(RepositoryLayout.FindRoot());
        var options = new ViewOptions();
        var study = backend.Studies(options)[0].Id;
        var displays = new ChartDisplays(backend.PlotlyJavaScript);
        return (displays.Render(backend.Chart(study, "overview", options), "session"), displays.Render(backend.Chart(study, "consistency", options), "session"));
    }

    private string Dom(string name, string body)
    {
        var page = Path.Combine(_folder.FullName, name);
        File.WriteAllText(page, $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{body}\n</body></html>\n", new UTF8Encoding(false));
        return RenderedReport.Chromium.DumpDom(page, 1400, 1200);
    }

    [Fact]
    public void A_later_chart_runs_the_inlined_copy_again_when_the_page_has_no_plotly()
    {
        var (first, second) = TwoDisplays();
        var copy = first[..(first.IndexOf("</script>", StringComparison.Ordinal) + "</script>".Length)];
        Assert.Contains($"id=\"{ChartRendering.PlotlyJsElementId}\"", copy, StringComparison.Ordinal);
        Assert.DoesNotContain(ChartRendering.PlotlyJsElementId + "\">", second, StringComparison.Ordinal);

        // The copy is put into the page as markup, so its script does not run: the page has the text, not window.Plotly.
        var restored = $"<script>document.body.insertAdjacentHTML(\"beforeend\", {JsonSerializer.Serialize(copy)});</script>\n{second}";
        var dom = Dom("restored.html", restored);

        Assert.Contains("js-plotly-plot", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"main-svg\"", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_on_a_page_without_any_copy_says_it_could_not_draw()
    {
        var (_, second) = TwoDisplays();
        var dom = Dom("without.html", second);

        Assert.DoesNotContain("js-plotly-plot", dom, StringComparison.Ordinal);
        Assert.Contains(ChartRendering.NotDrawnMessage, System.Net.WebUtility.HtmlDecode(dom), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
