using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class ChartTitlesTests
{
    [Fact]
    public void BaseSizes_NameEachBase_WholeSampleFirst()
    {
        var results = Barometer.Results.Where(r => r.Figure.Question == "in-consultation").ToList();
        var (n, doctors) = (Barometer.Study.Metadata.SampleSize, results.Single(r => r.Figure.Base == "doctors").BaseN);
        Assert.Equal($"n = {n}; doctors n = {doctors}", ChartTitles.BaseSizes(Barometer.Study, results, Language.En));
        Assert.Equal($"n = {n} ; médecins n = {doctors}", ChartTitles.BaseSizes(Barometer.Study, results, Language.Fr));
        Assert.Equal($"n = {n} ; médecins n = {doctors}", ChartTitles.BaseSizes(Barometer.Study, results.AsEnumerable().Reverse(), Language.Fr));
    }

    [Fact]
    public void QuestionLabel_FromCaller_ThenStudyJson_ThenId()
    {
        var study = Barometer.Study;
        Assert.Equal("Mine", ChartTitles.QuestionLabel(study, "usage", Language.En, _ => "Mine"));
        Assert.Equal(study.QuestionLabel("usage").En, ChartTitles.QuestionLabel(study, "usage", Language.En, _ => " "));
        Assert.Equal(study.QuestionLabel("usage").Fr, ChartTitles.QuestionLabel(study, "usage", Language.Fr));
        Assert.Equal("not-declared", ChartTitles.QuestionLabel(study, "not-declared", Language.En));
    }
}
