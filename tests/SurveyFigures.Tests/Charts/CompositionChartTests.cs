using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class CompositionChartTests
{
    [Fact]
    public void Questions_AreTheSampleGroups_InLedgerOrder()
    {
        Assert.Equal(["sample-profession", "sample-age"], CompositionChart.Questions(Barometer));
        Assert.Empty(CompositionChart.Questions(Survey));
    }

    [Fact]
    public void EachSampleGroup_IsASubplot_WithItsCategoriesInLedgerOrder()
    {
        var json = Json(CompositionChart.Build(Barometer, Language.En));
        var layout = Layout(json);
        // Expected from the ledger: the figures of each sample-* group, in ledger order.
        Assert.Equal(Group("sample-profession").Select(f => f.Label.En), Strings(At(layout, "yaxis", "categoryarray")));
        Assert.Equal(Group("sample-age").Select(f => f.Label.En), Strings(At(layout, "yaxis2", "categoryarray")));
        Assert.Equal([0.0, 100.0], Doubles(At(layout, "xaxis", "range")));
        Assert.Equal([0.0, 100.0], Doubles(At(layout, "xaxis2", "range")));
        var top = Doubles(At(layout, "yaxis", "domain"));
        var bottom = Doubles(At(layout, "yaxis2", "domain"));
        Assert.True(bottom[1] < top[0], "the subplots do not overlap");
    }

    [Fact]
    public void Bars_AreThePrintedValues_OnTheirOwnAxes()
    {
        var traces = Traces(Json(CompositionChart.Build(Barometer, Language.En)));
        var bars = traces.Where(t => t.GetProperty("legendgroup").GetString() == "published").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(Group("sample-profession").Select(f => (double)f.Percent!.Value.Value), Doubles(bars[0].GetProperty("x")));
        Assert.Equal("y", bars[0].GetProperty("yaxis").GetString());
        Assert.Equal(Group("sample-age").Select(f => (double)f.Percent!.Value.Value), Doubles(bars[1].GetProperty("x")));
        Assert.Equal("x2", bars[1].GetProperty("xaxis").GetString());
        Assert.Equal("y2", bars[1].GetProperty("yaxis").GetString());
        Assert.All(bars, b => Assert.Equal("h", b.GetProperty("orientation").GetString()));
        // One legend entry per kind of trace, not one per subplot.
        Assert.Equal(2, traces.Count(t => t.GetProperty("showlegend").GetBoolean()));
    }

    [Fact]
    public void Title_AndSubplotTitles_AreLocalized()
    {
        var fr = Json(CompositionChart.Build(Barometer, Language.Fr));
        var study = Barometer.Study;
        Assert.Contains($"{study.Metadata.ShortTitle.Fr} — Composition de l'échantillon", Title(fr));
        Assert.Contains($"n = {study.Metadata.SampleSize}", Title(fr));
        Assert.Contains(study.QuestionLabel("sample-age").Fr, Annotation(fr, "subplot-title:sample-age"));
        var en = Json(CompositionChart.Build(Barometer, Language.En));
        Assert.Contains(study.QuestionLabel("sample-age").En, Annotation(en, "subplot-title:sample-age"));
        Assert.Contains("synthetic respondent data", Annotation(en, "footer"));
    }

    [Fact]
    public void StudyWithoutComposition_GivesAnEmptyChartThatSaysSo()
    {
        var json = Json(CompositionChart.Build(Survey, Language.En));
        Assert.Empty(Traces(json));
        Assert.Contains(Annotations(json), a => a.GetProperty("text").GetString() == "The study does not publish the composition of its sample.");
    }

    private static IEnumerable<SurveyFigures.Data.Figure> Group(string question) => Barometer.Study.Figures.Where(f => f.Question == question);
}
