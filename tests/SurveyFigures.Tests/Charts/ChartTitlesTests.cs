using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class ChartTitlesTests
{
    [Fact]
    public void BaseSizes_NameEachBase_WholeSampleFirst()
    {
        var results = PulseLifeAnalysis.Results.Where(r => r.Figure.Question == "in-consultation").ToList();
        Assert.Equal("n = 760; doctors n = 410", ChartTitles.BaseSizes(PulseLifeAnalysis.Study, results, Language.En));
        Assert.Equal("n = 760 ; médecins n = 410", ChartTitles.BaseSizes(PulseLifeAnalysis.Study, results, Language.Fr));
        Assert.Equal("n = 760 ; médecins n = 410", ChartTitles.BaseSizes(PulseLifeAnalysis.Study, results.AsEnumerable().Reverse(), Language.Fr));
    }

    [Fact]
    public void QuestionLabel_FromCaller_ThenStudyJson_ThenId()
    {
        var study = PulseLifeAnalysis.Study;
        Assert.Equal("Mine", ChartTitles.QuestionLabel(study, "usage", Language.En, _ => "Mine"));
        Assert.Equal("Use of digital tools and how often", ChartTitles.QuestionLabel(study, "usage", Language.En, _ => " "));
        Assert.Equal("Usage des outils numériques et fréquence", ChartTitles.QuestionLabel(study, "usage", Language.Fr));
        Assert.Equal("not-declared", ChartTitles.QuestionLabel(study, "not-declared", Language.En));
    }
}
