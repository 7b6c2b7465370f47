using SurveyFigures.Views;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class ConsistencyChartTests
{
    [Fact]
    public void OneTracePerVerdict_NamedInTheLegend_ColouredFromThePalette()
    {
        var json = Json(ConsistencyChart.Build(Barometer, Language.En));
        var verdicts = Barometer.Results.Select(r => r.Verdict).Distinct().Order().ToList();
        var traces = Traces(json);
        Assert.Equal(verdicts.Select(Verdicts.Name), traces.Select(t => t.GetProperty("legendgroup").GetString()));
        foreach (var (trace, verdict) in traces.Zip(verdicts))
        {
            Assert.Equal(Palette.ForVerdict(verdict), At(trace, "marker", "color").GetString());
            Assert.Equal("scatter", trace.GetProperty("type").GetString());
        }
        Assert.Equal(verdicts.Select(v => ResultTerms.VerdictName(v, Language.En)), traces.Select(t => t.GetProperty("name").GetString()));
        var fr = Traces(Json(ConsistencyChart.Build(Barometer, Language.Fr)));
        Assert.Equal(verdicts.Select(v => ResultTerms.VerdictName(v, Language.Fr)), fr.Select(t => t.GetProperty("name").GetString()));
        Assert.Contains(fr, t => t.GetProperty("name").GetString() == "non testable");
    }

    [Fact]
    public void EachPrintedValue_SitsInItsFeasibleRange_AsPercentOfTheBase()
    {
        var json = Json(ConsistencyChart.Build(Barometer, Language.En));
        var seen = 0;
        foreach (var trace in Traces(json))
        {
            var labels = Strings(trace.GetProperty("y"));
            var x = Doubles(trace.GetProperty("x"));
            var plus = Doubles(At(trace, "error_x", "array"));
            var minus = Doubles(At(trace, "error_x", "arrayminus"));
            for (var i = 0; i < labels.Length; i++)
            {
                var r = Barometer.Results.Single(result => result.Figure.Label.En == labels[i]);
                Assert.Equal(r.Verdict, Enum.GetValues<Verdict>().Single(v => Verdicts.Name(v) == trace.GetProperty("legendgroup").GetString()));
                Assert.False(r.Feasible.IsEmpty);
                Assert.Equal(100.0 * r.Feasible.Max / r.BaseN, x[i] + plus[i], 1e-3);
                Assert.Equal(100.0 * r.Feasible.Min / r.BaseN, x[i] - minus[i], 1e-3);
                seen++;
            }
        }
        Assert.Equal(Barometer.Results.Count, seen);
        Assert.Equal(Barometer.Study.Figures.Select(f => f.Label.En), Strings(At(Layout(json), "yaxis", "categoryarray")));
        Assert.Equal([0.0, 100.0], Doubles(At(Layout(json), "xaxis", "range")));
    }

    [Fact]
    public void PointsScale_PutsThePrintedValueAtZero()
    {
        var json = Json(ConsistencyChart.Build(Survey, Language.En, ConsistencyScale.PointsFromPrinted));
        var clamped = 0;
        foreach (var trace in Traces(json))
        {
            Assert.All(Doubles(trace.GetProperty("x")), x => Assert.Equal(0.0, x));
            var labels = Strings(trace.GetProperty("y"));
            var plus = Doubles(At(trace, "error_x", "array"));
            for (var i = 0; i < labels.Length; i++)
            {
                var r = Survey.Results.Single(result => result.Figure.Label.En == labels[i]);
                // A feasible range wholly below the printed value (23 of 300 = 7.67 %, printed 7.7) reaches no higher: the bar is clamped at 0.
                var above = (100.0 * r.Feasible.Max / r.BaseN) - (double)r.Figure.Percent!.Value.Value;
                Assert.Equal(Math.Max(0, above), plus[i], 1e-3);
                clamped += above < 0 ? 1 : 0;
            }
        }
        // The fixture holds such a figure, so the clamp is exercised, not only allowed.
        Assert.True(clamped > 0);
        // The axis title is an annotation ending at the plot's right edge (a centred one ran past a narrow chart's edge).
        var title = Layout(json).GetProperty("annotations").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "x axis title");
        Assert.Contains("percentage points", title.GetProperty("text").GetString());
        Assert.Equal(("paper", 1.0, "right"), (title.GetProperty("xref").GetString(), title.GetProperty("x").GetDouble(), title.GetProperty("xanchor").GetString()));
        Assert.False(At(Layout(json), "xaxis").TryGetProperty("title", out _));
    }

    [Fact]
    public void Hover_GivesTheCountsAndTheVerdict()
    {
        var trace = Trace(Json(ConsistencyChart.Build(Survey, Language.En)), "consistent");
        var hover = Strings(trace.GetProperty("hovertext"));
        Assert.All(hover, h => Assert.Contains($"of {Survey.Study.Metadata.SampleSize})", h));
        Assert.All(hover, h => Assert.Contains("Verdict: consistent", h));
    }
}
