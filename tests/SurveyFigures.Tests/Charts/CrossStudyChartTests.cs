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
        Assert.Equal([BarometerId, SurveyId], traces.Select(t => t.GetProperty("legendgroup").GetString()));
        Assert.All(traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.All(traces, t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
        Assert.Equal(Palette.ForSeries(0), At(traces[0], "marker", "color").GetString());
        Assert.Equal(Palette.ForSeries(1), At(traces[1], "marker", "color").GetString());
        Assert.Equal(Both.Select(a => $"{a.Study.Metadata.ShortTitle.En} (n = {a.Study.Metadata.SampleSize})"), traces.Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void Bars_AreGroupedByTheme_WithThePrintedValues()
    {
        var json = Json(CrossStudyChart.Build(Themes(), Both, Language.En));
        Assert.Equal("multicategory", At(Layout(json), "yaxis", "type").GetString());
        foreach (var analysis in Both)
        {
            // Each study's bars: its figures of each theme, in the file's order, under the theme's label, as printed.
            var figures = Themes().SelectMany(t => t.Figures.Where(f => f.Study == analysis.Study.Id).Select(f => (Theme: t, Figure: analysis.Study.Figure(f.Figure)))).ToList();
            var trace = Trace(json, analysis.Study.Id);
            var levels = trace.GetProperty("y").EnumerateArray().ToList();
            Assert.Equal(figures.Select(f => f.Theme.Label.En), Strings(levels[0]));
            Assert.Equal(figures.Select(f => f.Figure.Label.En), Strings(levels[1]));
            Assert.Equal(figures.Select(f => (double)f.Figure.Percent!.Value.Value), Doubles(trace.GetProperty("x")));
            Assert.Equal(figures.Select(f => $"{f.Figure.Printed} %"), Strings(trace.GetProperty("text")));
        }
        Assert.Equal([0.0, 100.0], Doubles(At(Layout(json), "xaxis", "range")));
    }

    [Fact]
    public void Note_SaysDifferentQuestions_DifferentPopulations_WithEachN()
    {
        var en = Annotation(Json(CrossStudyChart.Build(Themes(), Both, Language.En)), "note").Replace("<br>", " ");
        var fr = Annotation(Json(CrossStudyChart.Build(Themes(), Both, Language.Fr)), "note").Replace("<br>", " ");
        Assert.Contains("Different questions put to different populations", en);
        Assert.Contains("Questions différentes, posées à des populations différentes", fr);
        foreach (var metadata in Both.Select(a => a.Study.Metadata))
        {
            // Each population in lower case, as the note names it inside a sentence.
            Assert.Contains(metadata.Population.En.ToLowerInvariant(), en);
            Assert.Contains(metadata.Population.Fr.ToLowerInvariant(), fr);
            Assert.Contains($"n = {metadata.SampleSize}", en);
        }
    }

    [Fact]
    public void Title_AndFooter_NameBothStudies()
    {
        var json = Json(CrossStudyChart.Build(Themes(), Both, Language.En));
        Assert.All(Both, a => Assert.Contains(a.Study.Metadata.ShortTitle.En, Title(json)));
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
        var hover = Strings(Trace(Json(CrossStudyChart.Build(Themes(), Both, Language.Fr)), SurveyId).GetProperty("hovertext"));
        var notes = Themes().SelectMany(t => t.Figures).Where(f => f.Study == SurveyId).Select(f => f.Note.Fr).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, note => Assert.Contains(hover, h => h.Contains(PlotlyText.Escape(note), StringComparison.Ordinal)));
    }

    [Fact]
    public void MissingAnalysis_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => CrossStudyChart.Build(Themes(), [Barometer], Language.En));
        Assert.Contains(SurveyId, e.Message);
    }

    [Fact]
    public void SameInput_GivesTheSameJson() =>
        Assert.Equal(ChartRendering.ToJson(CrossStudyChart.Build(Themes(), Both, Language.En)),
            ChartRendering.ToJson(CrossStudyChart.Build(Themes(), [Analyse(BarometerId), Analyse(SurveyId)], Language.En)));
}
