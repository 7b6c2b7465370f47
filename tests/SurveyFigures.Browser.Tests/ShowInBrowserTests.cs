using System.Globalization;
using System.Text.RegularExpressions;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Notebook.Formatting;
using SurveyFigures.NotebookBackend;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// A whole study as a notebook shows it (<c>surveys.Show(id)</c>), drawn by Chromium in a 1400 px window: every chart
/// at the full width of the page, none squeezed into a table cell, for every study folder.
/// </summary>
public sealed partial class ShowInBrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("show-in-browser-");

    [GeneratedRegex("<svg class=\"main-svg\"[^>]*? width=\"(?<width>[0-9.]+)\"")]
    private static partial Regex SvgWidthPattern();

    public static TheoryData<string> Studies() =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryLayout.FindRoot(), "data", "studies")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Studies))]
    public void Every_chart_of_a_shown_study_draws_at_full_width(string studyId)
    {
        var backend = new SurveyBackend(RepositoryLayout.FindRoot());
        var options = new ViewOptions();
        var view = new StudyView(backend.Studies(options).Single(s => s.Id == studyId), new ChartList(backend.Charts(studyId, options)),
            backend.Figures(studyId, null, options), backend.Checks(studyId, options), backend.Sources(studyId, options));
        var page = Path.Combine(_folder.FullName, $"{studyId}.html");
        File.WriteAllText(page, $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{backend.PlotlyJavaScript()}\n{StudyHtml.Render(view)}\n</body></html>\n");

        var dom = RenderedReport.Chromium.DumpDom(page, 1400, 3000);

        Assert.NotEmpty(view.Charts);
        foreach (var chart in view.Charts)
        {
            var at = dom.IndexOf($"<div id=\"{chart.DivId}\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"{studyId}: chart {chart.Key} is not in the page");
            var match = SvgWidthPattern().Match(dom, at);
            Assert.True(match.Success, $"{studyId}: chart {chart.Key} was not drawn");
            var width = double.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture);
            Assert.True(width > 1300, $"{studyId}: chart {chart.Key} is {width} px wide in a 1400 px window");
            // Not inside a table: the nearest table opened before the chart is closed before it.
            var before = dom[..at];
            Assert.True(before.LastIndexOf("<table", StringComparison.Ordinal) < before.LastIndexOf("</table>", StringComparison.Ordinal) || !before.Contains("<table", StringComparison.Ordinal),
                $"{studyId}: chart {chart.Key} sits inside a table");
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
