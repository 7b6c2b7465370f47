using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class CrossStudyChartTests
{
    [Fact]
    public void OneBarTracePerStudy_InThePaletteSeriesColours()
    {
        var traces = Traces(Json(CrossStudyChart.Build(Themes(), Both, Language.En)));
        Assert.Equal([PulseLife, Lifen], traces.Select(t => t.GetProperty("legendgroup").GetString()));
        Assert.All(traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.All(traces, t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
        Assert.Equal(Palette.ForSeries(0), At(traces[0], "marker", "color").GetString());
        Assert.Equal(Palette.ForSeries(1), At(traces[1], "marker", "color").GetString());
        Assert.Equal("PulseLife barometer (n = 760)", traces[0].GetProperty("name").GetString());
        Assert.Equal("Lifen report (n = 540)", traces[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Bars_AreGroupedByTheme_WithThePrintedValues()
    {
        var json = Json(CrossStudyChart.Build(Themes(), Both, Language.En));
        Assert.Equal("multicategory", At(Layout(json), "yaxis", "type").GetString());
        var lifen = Trace(json, Lifen);
        var levels = lifen.GetProperty("y").EnumerateArray().ToList();
        Assert.Equal(["Training in digital tools", "Time saved", "Reliability of and satisfaction with the tools"], Strings(levels[0]));
        Assert.Equal(["Received no dedicated training", "Report saving time", "Still dissatisfied with the tools"], Strings(levels[1]));
        Assert.Equal([45.0, 72.0, 18.0], Doubles(lifen.GetProperty("x")));
        Assert.Equal(["45 %", "72 %", "18 %"], Strings(lifen.GetProperty("text")));
        var pulse = Trace(json, PulseLife);
        Assert.Equal([48.0, 53.0, 55.0, 42.0], Doubles(pulse.GetProperty("x")));
        Assert.Equal([0.0, 100.0], Doubles(At(Layout(json), "xaxis", "range")));
    }

    [Fact]
    public void Note_SaysDifferentQuestions_DifferentPopulations_WithEachN()
    {
        var en = Annotation(Json(CrossStudyChart.Build(Themes(), Both, Language.En)), "note").Replace("<br>", " ");
        Assert.Contains("Different questions put to different populations", en);
        Assert.Contains("health professionals in the PulseLife community", en);
        Assert.Contains("medical secretaries in France", en);
        Assert.Contains("n = 760", en);
        Assert.Contains("n = 540", en);
        var fr = Annotation(Json(CrossStudyChart.Build(Themes(), Both, Language.Fr)), "note").Replace("<br>", " ");
        Assert.Contains("Questions différentes, posées à des populations différentes", fr);
        Assert.Contains("professionnels de santé", fr);
        Assert.Contains("secrétaires médicaux", fr);
    }

    [Fact]
    public void Title_AndFooter_NameBothStudies()
    {
        var json = Json(CrossStudyChart.Build(Themes(), Both, Language.En));
        Assert.Contains("PulseLife barometer", Title(json));
        Assert.Contains("Lifen report", Title(json));
        var footer = Annotation(json, "footer");
        Assert.Contains("Sources:", footer);
        foreach (var study in Both.Select(a => a.Study))
        {
            Assert.Contains(study.Metadata.Sources[0].TitleIn(Language.En)[..30], footer.Replace("<br>", " "));
        }
        Assert.Contains("synthetic respondent data", footer);
    }

    [Fact]
    public void Hover_CarriesTheNoteOfEachFigure()
    {
        var hover = Strings(Trace(Json(CrossStudyChart.Build(Themes(), Both, Language.Fr)), Lifen).GetProperty("hovertext"));
        Assert.Contains(hover, h => h.Contains("Secrétaires qui n'ont suivi aucune formation consacrée aux outils.", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingAnalysis_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => CrossStudyChart.Build(Themes(), [PulseLifeAnalysis], Language.En));
        Assert.Contains(Lifen, e.Message);
    }

    [Fact]
    public void SameInput_GivesTheSameJson() =>
        Assert.Equal(ChartRendering.ToJson(CrossStudyChart.Build(Themes(), Both, Language.En)),
            ChartRendering.ToJson(CrossStudyChart.Build(Themes(), [Analyse(PulseLife), Analyse(Lifen)], Language.En)));
}
