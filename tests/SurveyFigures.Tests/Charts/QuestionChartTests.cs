using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class QuestionChartTests
{
    private const double Tolerance = 1e-3;

    [Fact]
    public void Bars_AreHorizontal_WithThePublishedValuesAsLengths()
    {
        var json = Json(QuestionChart.Build(Barometer, "barriers", Language.En));
        var bars = Trace(json, "published");
        Assert.Equal("bar", bars.GetProperty("type").GetString());
        Assert.Equal("h", bars.GetProperty("orientation").GetString());
        // The ledger's figures of the question, as printed, largest first (counted from the data, not copied from it).
        var figures = Barriers().ToList();
        Assert.Equal(figures.Select(f => (double)f.Percent!.Value.Value), Doubles(bars.GetProperty("x")));
        Assert.Equal(figures.Select(f => f.Label.En), Strings(bars.GetProperty("y")));
    }

    [Fact]
    public void BarLabels_AreThePrintedValues()
    {
        var bars = Trace(Json(QuestionChart.Build(Barometer, "barriers", Language.En)), "published");
        Assert.Equal(Barriers().Select(f => $"{f.Printed} %"), Strings(bars.GetProperty("text")));
    }

    private static IEnumerable<Figure> Barriers() =>
        Barometer.Study.Figures.Where(f => f.Question == "barriers").OrderByDescending(f => f.Percent!.Value.Value);

    [Theory]
    [InlineData("barriers")]
    [InlineData("in-consultation")]
    [InlineData("sample-profession")]
    public void Categories_AreSortedByValue_LargestAtTheTop(string question)
    {
        var json = Json(QuestionChart.Build(Barometer, question, Language.En));
        var yaxis = At(Layout(json), "yaxis");
        var order = Strings(yaxis.GetProperty("categoryarray"));
        var expected = Barometer.Results.Where(r => r.Figure.Question == question)
            .OrderByDescending(r => r.Figure.Percent?.Value ?? ((r.Figure.Interval!.Value.Low + r.Figure.Interval.Value.High) / 2))
            .Select(r => r.Figure.Label.En).ToArray();
        Assert.Equal(expected, order);
        Assert.Equal("array", yaxis.GetProperty("categoryorder").GetString());
        // The first category of the array is drawn at the top.
        Assert.Equal("reversed", yaxis.GetProperty("autorange").GetString());
    }

    [Fact]
    public void ErrorBars_AreTheIntervals_AroundTheRecomputedShares()
    {
        var marker = Trace(Json(QuestionChart.Build(Barometer, "in-consultation", Language.En)), "recomputed");
        Assert.Equal("scatter", marker.GetProperty("type").GetString());
        var labels = Strings(marker.GetProperty("y"));
        var x = Doubles(marker.GetProperty("x"));
        var error = marker.GetProperty("error_x");
        Assert.False(error.GetProperty("symmetric").GetBoolean());
        var plus = Doubles(error.GetProperty("array"));
        var minus = Doubles(error.GetProperty("arrayminus"));
        Assert.Equal(2, labels.Length);
        for (var i = 0; i < labels.Length; i++)
        {
            var result = Barometer.Results.Single(r => r.Figure.Label.En == labels[i]);
            Assert.Equal((double)result.ComputedPercent, x[i], Tolerance);
            Assert.Equal(result.Interval.High * 100, x[i] + plus[i], Tolerance);
            Assert.Equal(result.Interval.Low * 100, x[i] - minus[i], Tolerance);
            Assert.True(plus[i] > 0 && minus[i] > 0);
        }
    }

    [Fact]
    public void VerbalFigure_IsAHatchedBar_AtTheMidpointOfItsReading_LabelledWithItsWords()
    {
        // The fixture prints "près de deux tiers", read as 60 to 66.7 %: the bar stands at the middle, 63.35.
        var reading = Trace(Json(QuestionChart.Build(Barometer, "in-consultation", Language.En)), "reading");
        Assert.Equal([63.35], Doubles(reading.GetProperty("x")));
        Assert.Equal(["“près de deux tiers”"], Strings(reading.GetProperty("text")));
        Assert.Equal("/", At(reading, "marker", "pattern", "shape").GetString());
        Assert.Contains("read as 60.0–66.7 %", Strings(reading.GetProperty("hovertext"))[0]);
        Assert.Contains("midpoint", reading.GetProperty("name").GetString());
    }

    [Fact]
    public void Hover_GivesTheRecomputedShare_CountAndBase()
    {
        var bars = Trace(Json(QuestionChart.Build(Barometer, "in-consultation", Language.En)), "published");
        var result = Barometer.Results.Single(r => r.Figure.Id == "in-consultation.doctors");
        var hover = Strings(bars.GetProperty("hovertext")).Single();
        Assert.Contains($"count {result.Count} of {result.BaseN}", hover);
        Assert.Contains($"Recomputed share: {result.ComputedPercent.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} %", hover);
    }

    [Fact]
    public void Title_NamesTheStudy_TheQuestion_AndTheBases()
    {
        var study = Barometer.Study;
        var title = Title(Json(QuestionChart.Build(Barometer, "in-consultation", Language.En)));
        Assert.Contains($"{study.Metadata.ShortTitle.En} — {study.QuestionLabel("in-consultation").En}", title);
        Assert.Contains($"n = {study.Metadata.SampleSize}", title);
        var doctors = Barometer.Results.Single(r => r.Figure.Id == "in-consultation.doctors");
        Assert.Contains($"{study.Base(doctors.Figure.Base).Label.En.ToLowerInvariant()} n = {doctors.BaseN}", title);
        var single = Title(Json(QuestionChart.Build(Barometer, "barriers", Language.En)));
        Assert.Contains($"n = {study.Metadata.SampleSize}", single);
        Assert.DoesNotContain(";", single);
    }

    [Fact]
    public void Title_TakesTheCallersQuestionLabel_ElseStudyJson()
    {
        var custom = QuestionChart.Build(Barometer, "barriers", Language.En, q => q == "barriers" ? "What holds them back" : null);
        Assert.Contains($"{Barometer.Study.Metadata.ShortTitle.En} — What holds them back", Title(Json(custom)));
        var fallback = QuestionChart.Build(Barometer, "usage", Language.Fr, q => q == "barriers" ? "What holds them back" : null);
        Assert.Contains($"{Barometer.Study.Metadata.ShortTitle.Fr} — {Barometer.Study.QuestionLabel("usage").Fr}", Title(Json(fallback)));
    }

    [Fact]
    public void XAxis_IsFixedFrom0To100()
    {
        var xaxis = At(Layout(Json(QuestionChart.Build(Barometer, "usage", Language.En))), "xaxis");
        Assert.Equal([0.0, 100.0], Doubles(xaxis.GetProperty("range")));
        Assert.True(xaxis.GetProperty("fixedrange").GetBoolean());
    }

    [Fact]
    public void FrenchAndEnglish_TakeTheirLabelsFromTheLedger_AndDiffer()
    {
        var fr = Json(QuestionChart.Build(Barometer, "barriers", Language.Fr));
        var en = Json(QuestionChart.Build(Barometer, "barriers", Language.En));
        var figures = Barometer.Study.Figures.Where(f => f.Question == "barriers").ToList();
        Assert.Equal(figures.Select(f => f.Label.Fr).Order(), Strings(Trace(fr, "published").GetProperty("y")).Order());
        Assert.Equal(figures.Select(f => f.Label.En).Order(), Strings(Trace(en, "published").GetProperty("y")).Order());
        Assert.Equal("Part des répondants (%)", At(Layout(fr), "xaxis", "title", "text").GetString());
        Assert.Equal("Share of respondents (%)", At(Layout(en), "xaxis", "title", "text").GetString());
        Assert.Equal("Chiffre publié", Trace(fr, "published").GetProperty("name").GetString());
        Assert.Equal("Published figure", Trace(en, "published").GetProperty("name").GetString());
        Assert.StartsWith("Part recalculée, intervalle à 95 % (Wilson)", Trace(fr, "recomputed").GetProperty("name").GetString());
    }

    [Fact]
    public void French_UsesADecimalComma()
    {
        var hover = Strings(Trace(Json(QuestionChart.Build(Barometer, "in-consultation", Language.Fr)), "reading").GetProperty("hovertext"))[0];
        Assert.Contains("lu comme 60,0–66,7\u00A0%", hover);
        Assert.Contains("« près de deux tiers »", hover);
    }

    [Fact]
    public void Footer_GivesTheSource_AndSaysTheRespondentDataAreSynthetic()
    {
        var en = Annotation(Json(QuestionChart.Build(Barometer, "usage", Language.En)), "footer");
        // The usage figures' primary versions all come from the press release: one source, named in the view's language.
        var release = Barometer.Study.Metadata.Sources.Single(s => s.Id == "invented-release");
        Assert.Contains($"Source: {release.TitleIn(Language.En)[..40]}", en.Replace("<br>", " "));
        Assert.Contains("synthetic respondent data", en);
        var fr = Annotation(Json(QuestionChart.Build(Survey, "training", Language.Fr)), "footer");
        var article = Survey.Study.Metadata.Sources.Single(s => s.Id == "invented-article");
        Assert.Contains($"Source : {article.TitleIn(Language.Fr)[..40]}", fr.Replace("<br>", " "));
        Assert.Contains("données de répondants synthétiques", fr);
    }

    [Fact]
    public void Colours_ComeFromThePalette()
    {
        var json = Json(QuestionChart.Build(Barometer, "in-consultation", Language.En));
        Assert.Equal(Palette.Published, At(Trace(json, "published"), "marker", "color").GetString());
        Assert.Equal(Palette.Reading, At(Trace(json, "reading"), "marker", "color").GetString());
        Assert.Equal(Palette.Recomputed, At(Trace(json, "recomputed"), "marker", "color").GetString());
        Assert.All(Traces(json), t => Assert.Contains(At(t, "marker", "color").GetString(), Palette.All));
    }

    [Fact]
    public void SameInput_GivesTheSameJson()
    {
        var first = ChartRendering.ToJson(QuestionChart.Build(Barometer, "usage", Language.En));
        var again = ChartRendering.ToJson(QuestionChart.Build(Analyse(BarometerId), "usage", Language.En));
        Assert.Equal(first, again);
    }

    [Fact]
    public void UnknownQuestion_IsRefused_NamingTheGroups()
    {
        var e = Assert.Throws<ArgumentException>(() => QuestionChart.Build(Barometer, "nope", Language.En));
        Assert.Contains("'nope'", e.Message);
        Assert.Contains("barriers", e.Message);
    }
}
