using System.Text.Json;
using System.Text.RegularExpressions;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class ChartRenderingTests
{
    [Fact]
    public void ToJson_IsAPlotlyFigure_WithDataAndLayoutOnly()
    {
        var root = JsonDocument.Parse(ChartRendering.ToJson(QuestionChart.Build(Barometer, "usage", Language.En))).RootElement;
        Assert.Equal(["data", "layout"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("data").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("layout").ValueKind);
    }

    [Fact]
    public void ToJson_KeepsAccentsAsTheyAre()
    {
        var json = ChartRendering.ToJson(QuestionChart.Build(Barometer, "usage", Language.Fr));
        var title = Barometer.Study.Metadata.ShortTitle.Fr;
        Assert.Contains("è", title, StringComparison.Ordinal);
        Assert.Contains($"{title} — ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryChart_GivesTheSameJsonTwice()
    {
        var first = ChartCatalog.For(Barometer, Language.En).Select(e => e.ToJson()).ToList();
        var again = ChartCatalog.For(Analyse(BarometerId), Language.En).Select(e => e.ToJson()).ToList();
        Assert.Equal(first, again);
    }

    [Fact]
    public void DivId_IsStable_AndDependsOnTheChart()
    {
        var usage = QuestionChart.Build(Barometer, "usage", Language.En);
        var id = ChartRendering.DivId(usage);
        Assert.Matches("^chart-[0-9a-f]{16}$", id);
        Assert.Equal(id, ChartRendering.DivId(QuestionChart.Build(Analyse(BarometerId), "usage", Language.En)));
        Assert.NotEqual(id, ChartRendering.DivId(QuestionChart.Build(Barometer, "usage", Language.Fr)));
        Assert.StartsWith("fig-", ChartRendering.DivId(usage, "fig"));
        Assert.Throws<ArgumentException>(() => ChartRendering.DivId(usage, "1 bad"));
    }

    [Fact]
    public void Html_WithPlotlyJs_InlinesTheEmbeddedLibrary_NoCdn()
    {
        var html = ChartRendering.ToHtml(QuestionChart.Build(Barometer, "usage", Language.En), "usage-chart", includePlotlyJs: true);
        Assert.StartsWith("<div id=\"usage-chart\"", html);
        Assert.Contains("plotly.js v2.28.0", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot(\"usage-chart\", figure.data, figure.layout, {\"responsive\": true})", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.True(html.Length > 3_000_000);
    }

    [Fact]
    public void Html_WithoutPlotlyJs_WaitsForASharedCopy()
    {
        var chart = QuestionChart.Build(Barometer, "usage", Language.En);
        var html = ChartRendering.ToHtml(chart, includePlotlyJs: false);
        Assert.StartsWith($"<div id=\"{ChartRendering.DivId(chart)}\"", html);
        Assert.DoesNotContain("plotly.js v", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.Contains("if (load()) { draw(); return; }", html, StringComparison.Ordinal);
        Assert.Contains($"document.getElementById(\"{ChartRendering.PlotlyJsElementId}\")", html, StringComparison.Ordinal);
        Assert.Contains("setInterval", html, StringComparison.Ordinal);
        Assert.True(html.Length < 50_000);
    }

    [Fact]
    public void Html_CarriesTheSameFigureAsToJson()
    {
        var chart = OverviewChart.Build(Survey, Language.Fr);
        var html = ChartRendering.ToHtml(chart, "x", includePlotlyJs: false);
        var embedded = Regex.Match(html, "var figure = (.*);\n").Groups[1].Value;
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(ChartRendering.ToJson(chart)).RootElement, JsonDocument.Parse(embedded).RootElement));
    }

    [Fact]
    public void Html_CannotBeBrokenOutOfByText()
    {
        // A label is escaped for Plotly before it reaches the JSON (see PlotlyTextTests)...
        var chart = QuestionChart.Build(Barometer, "usage", Language.En, _ => "</script><script>alert(1)</script>");
        var html = ChartRendering.ToHtml(chart, "x", includePlotlyJs: false);
        Assert.Equal(1, Regex.Count(html, "</script>"));
        Assert.Contains("&lt;/script&gt;", html, StringComparison.Ordinal);
        // ...and whatever text the JSON carries, it cannot close the script element that holds it.
        var raw = SurveyFigures.Charts.PlotlyObjects.Chart([SurveyFigures.Charts.PlotlyObjects.Trace("bar", ("name", "</script><script>alert(1)</script>"))], new Plotly.NET.Layout());
        var rawHtml = ChartRendering.ToHtml(raw, "y", includePlotlyJs: false);
        Assert.Equal(1, Regex.Count(rawHtml, "</script>"));
        Assert.Contains("\\u003c/script>", rawHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_RefusesAnUnsafeDivId() =>
        Assert.Throws<ArgumentException>(() => ChartRendering.ToHtml(QuestionChart.Build(Barometer, "usage", Language.En), "a\"b", includePlotlyJs: false));

    [Fact]
    public void PlotlyJs_IsTheEmbeddedLibrary_ReadOnce()
    {
        Assert.Equal("2.28.0", ChartRendering.PlotlyJsVersion);
        var js = ChartRendering.PlotlyJs();
        Assert.Contains("plotly.js v2.28.0", js[..200], StringComparison.Ordinal);
        Assert.Contains("newPlot", js, StringComparison.Ordinal);
        Assert.Same(js, ChartRendering.PlotlyJs());
        Assert.DoesNotContain("</script", js, StringComparison.OrdinalIgnoreCase);
        var script = ChartRendering.PlotlyJsScript();
        Assert.StartsWith($"<script id=\"{ChartRendering.PlotlyJsElementId}\">", script);
        Assert.Contains("if (window.Plotly) { return; }", script, StringComparison.Ordinal);
    }
}
