using SurveyFigures.Charts;
using System.Globalization;
using System.Text.RegularExpressions;
using SurveyFigures.Data;
using SurveyFigures.Report;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// The report as a browser renders it: every chart drew one mark per figure it plots (both languages, the hidden one
/// too), the figures table has one row per ledger row, no script failed, the French switch shows the French charts at
/// full width, and a screenshot is saved to artifacts/report.png.
/// </summary>
public sealed partial class ReportInBrowserTests(RenderedReport page) : IClassFixture<RenderedReport>
{
    [GeneratedRegex("<tr data-figure-id=\"(?<figure>[^\"]+)\" data-study-id=\"(?<study>[^\"]+)\"")]
    private static partial Regex FigureRowPattern();

    [GeneratedRegex("<svg class=\"main-svg\"[^>]*? width=\"(?<width>[0-9.]+)\"")]
    private static partial Regex SvgWidthPattern();

    [GeneratedRegex("<html[^>]* data-lang=\"(?<lang>[a-z]+)\"")]
    private static partial Regex PageLanguagePattern();

    [Fact]
    public void EveryChartDrawsOneMarkPerPlottedFigure()
    {
        var doms = page.ChartDoms(page.EnglishDom);
        var wrong = new List<string>();
        foreach (var chart in page.Report.Charts)
        {
            var expected = ChartMarks.Expected(chart.Entry.ToJson());
            var drawn = ChartMarks.Drawn(doms[chart.DivId]);
            if (drawn != expected || !doms[chart.DivId].Contains("class=\"main-svg\"", StringComparison.Ordinal))
            {
                wrong.Add($"{chart.DivId}: {drawn} marks drawn, {expected} expected");
            }
        }
        Assert.True(wrong.Count == 0, "Charts not drawn as their JSON says:\n" + string.Join("\n", wrong));
        // Not vacuous: every figure of every study appears in its study's charts, in both languages.
        var perStudy = page.Analyses.Sum(a => a.Results.Count);
        Assert.True(page.Report.Charts.Sum(c => ChartMarks.Expected(c.Entry.ToJson())) > 2 * 2 * perStudy);
        // Beyond the studies' own charts, one cross-study chart per language, and one editions chart when data/editions.csv pairs any.
        var shared = (File.Exists(CrossStudyThemesReader.PathIn(page.Root)) ? 1 : 0) + (EditionsReader.Load(page.Root, page.Analyses.Select(a => a.Study)).Count > 0 ? 1 : 0);
        Assert.Equal(2 * (page.Analyses.Sum(a => ChartCatalogCount(a)) + shared), page.Report.Charts.Count);
    }

    [Fact]
    public void FiguresTableHasOneRowPerLedgerRow()
    {
        var rows = FigureRowPattern().Matches(page.EnglishDom).Select(m => $"{m.Groups["study"].Value}/{m.Groups["figure"].Value}").ToList();
        var ledger = page.Analyses.SelectMany(a => a.Study.Figures.Select(f => $"{a.Study.Id}/{f.Id}")).ToList();
        Assert.Equal(ledger.Count, rows.Count);
        Assert.Equal(ledger.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PageLogsNoJavaScriptError()
    {
        Assert.Equal("", RenderedReport.JsErrors(page.EnglishDom));
        Assert.Equal("", RenderedReport.JsErrors(page.SwitchedDom));
    }

    [Fact]
    public void FrenchSwitchShowsTheFrenchChartsAtFullWidth()
    {
        Assert.Equal("en", PageLanguagePattern().Match(page.EnglishDom).Groups["lang"].Value);
        Assert.Equal("fr", PageLanguagePattern().Match(page.SwitchedDom).Groups["lang"].Value);
        var english = page.ChartDoms(page.EnglishDom);
        var switched = page.ChartDoms(page.SwitchedDom);
        var visibleWidth = Width(english[page.Report.Charts.First(c => c.Language == Language.En).DivId]);
        Assert.True(visibleWidth > 1000, $"The English charts are {visibleWidth} px wide in a 1400 px window.");
        foreach (var chart in page.Report.Charts.Where(c => c.Language == Language.Fr))
        {
            // Drawn while hidden (plotly's default width), resized to the page when the switch shows them.
            Assert.Equal(visibleWidth, Width(switched[chart.DivId]));
            Assert.Equal(ChartMarks.Expected(chart.Entry.ToJson()), ChartMarks.Drawn(switched[chart.DivId]));
        }
    }

    [Fact]
    public void ScreenshotIsSavedToArtifacts()
    {
        var png = Path.Combine(RepositoryLayout.Artifacts(page.Root), "report.png");
        RenderedReport.Chromium.Screenshot(page.PagePath, png, 1400, 2400);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"{png} is only {bytes.Length} bytes.");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    private static int ChartCatalogCount(Pipeline.StudyAnalysis analysis) => Charts.ChartCatalog.For(analysis, Language.En).Count;

    private static double Width(string chartDom)
    {
        var match = SvgWidthPattern().Match(chartDom);
        Assert.True(match.Success, "A chart has no plotly svg.");
        return double.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture);
    }
}
