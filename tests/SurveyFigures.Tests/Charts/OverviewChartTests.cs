using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class OverviewChartTests
{
    [Fact]
    public void EveryFigure_IsAPoint_InLedgerOrderFromTheTop()
    {
        var json = Json(OverviewChart.Build(Barometer, Language.En));
        var published = Trace(json, OverviewChart.PublishedGroup);
        Assert.Equal("scatter", published.GetProperty("type").GetString());
        Assert.Equal("markers", published.GetProperty("mode").GetString());
        var ledger = Barometer.Study.Figures.Select(f => f.Label.En).ToArray();
        Assert.Equal(ledger, Strings(published.GetProperty("y")));
        Assert.Equal(ledger, Strings(At(Layout(json), "yaxis", "categoryarray")));
        Assert.Equal("reversed", At(Layout(json), "yaxis", "autorange").GetString());
        Assert.Contains("figures in ledger order", Title(json));
    }

    [Fact]
    public void PublishedPoints_AreThePrintedValues_VerbalAtTheMidpoint()
    {
        var x = Doubles(Trace(Json(OverviewChart.Build(Barometer, Language.En)), OverviewChart.PublishedGroup).GetProperty("x"));
        var expected = Barometer.Study.Figures
            .Select(f => f.Percent is { } p ? (double)p.Value : (double)(f.Interval!.Value.Low + f.Interval.Value.High) / 2).ToArray();
        Assert.Equal(expected.Length, x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(expected[i], x[i], 1e-3);
        }
    }

    [Fact]
    public void Intervals_AreErrorBars_AroundTheRecomputedShares()
    {
        var recomputed = Trace(Json(OverviewChart.Build(Survey, Language.Fr)), OverviewChart.RecomputedGroup);
        var x = Doubles(recomputed.GetProperty("x"));
        var plus = Doubles(At(recomputed, "error_x", "array"));
        var minus = Doubles(At(recomputed, "error_x", "arrayminus"));
        var results = Survey.Results;
        Assert.Equal(results.Count, x.Length);
        for (var i = 0; i < results.Count; i++)
        {
            Assert.Equal(results[i].Interval.High * 100, x[i] + plus[i], 1e-3);
            Assert.Equal(results[i].Interval.Low * 100, x[i] - minus[i], 1e-3);
        }
        Assert.Equal(Palette.Recomputed, At(recomputed, "marker", "color").GetString());
    }

    [Fact]
    public void SameInput_GivesTheSameJson() =>
        Assert.Equal(ChartRendering.ToJson(OverviewChart.Build(Barometer, Language.Fr)), ChartRendering.ToJson(OverviewChart.Build(Analyse(BarometerId), Language.Fr)));
}
