using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class ChartFooterTests
{
    [Fact]
    public void SyntheticStudy_SaysSo_InEitherLanguage()
    {
        var meta = Barometer.Study.Metadata;
        Assert.Contains(ChartFooter.Lines(meta, Language.En), l => l.Contains("synthetic respondent data", StringComparison.Ordinal));
        Assert.Contains(ChartFooter.Lines(meta, Language.Fr), l => l.Contains("données de répondants synthétiques", StringComparison.Ordinal));
        var cited = Barometer.Study.Figures.Where(f => f.Question == "usage");
        var source = meta.Sources.Single(s => s.Id == "invented-release");
        Assert.StartsWith($"Source : {source.TitleIn(Language.Fr)[..20]}", ChartFooter.Lines(meta, Language.Fr, cited)[0]);
        // Without figures to restrict it, the footer names every source of the study.
        Assert.StartsWith(meta.Sources.Count > 1 ? "Sources : " : "Source : ", ChartFooter.Lines(meta, Language.Fr)[0]);
    }

    [Fact]
    public void RealData_IsNotCalledSynthetic()
    {
        var meta = Barometer.Study.Metadata;
        var real = meta with { Respondents = meta.Respondents with { Synthetic = false } };
        var lines = ChartFooter.Lines(real, Language.En);
        Assert.DoesNotContain(lines, l => l.Contains("synthetic", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lines, l => l.Contains("microdata", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_AreWrapped_ForPlotly()
    {
        var lines = ChartFooter.Lines([Barometer.Study.Metadata, Survey.Study.Metadata], Language.En);
        Assert.All(lines, l => Assert.True(l.Length <= 140, l));
        Assert.StartsWith("Sources: ", lines[0]);
    }
}
