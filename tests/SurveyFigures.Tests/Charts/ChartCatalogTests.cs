using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class ChartCatalogTests
{
    [Fact]
    public void Lists_Composition_EveryQuestionGroup_Overview_Consistency()
    {
        var keys = ChartCatalog.For(Barometer, Language.En).Select(e => e.Key).ToList();
        var questions = Barometer.Study.Figures.Select(f => f.Question).Distinct().Where(q => !q.StartsWith("sample-", StringComparison.Ordinal));
        Assert.Equal(["composition", .. questions.Select(q => "question:" + q), "overview", "consistency"], keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("question:sample-", StringComparison.Ordinal));
    }

    [Fact]
    public void StudyWithoutComposition_HasNoCompositionEntry()
    {
        // The survey's ledger has no sample-* question, so its charts start with the first question group.
        var keys = ChartCatalog.For(Survey, Language.Fr).Select(e => e.Key).ToList();
        var questions = Survey.Study.Figures.Select(f => f.Question).Distinct();
        Assert.Equal([.. questions.Select(q => "question:" + q), "overview", "consistency"], keys);
    }

    [Fact]
    public void Titles_MatchTheChartTitles()
    {
        var study = Barometer.Study;
        foreach (var entry in ChartCatalog.For(Barometer, Language.Fr))
        {
            Assert.StartsWith($"{study.Metadata.ShortTitle.Fr} — ", entry.Title.Main);
            Assert.Contains($"n = {study.Metadata.SampleSize}", entry.Title.Text);
            Assert.StartsWith(entry.Title.Main, Title(Json(entry.Chart)));
        }
        var usage = ChartCatalog.For(Barometer, Language.En).Single(e => e.Key == ChartCatalog.QuestionKey("usage"));
        Assert.Equal($"{study.Metadata.ShortTitle.En} — {study.QuestionLabel("usage").En} (n = {study.Metadata.SampleSize})", usage.Title.Text);
    }

    [Fact]
    public void CrossStudyEntry_HasItsKey()
    {
        var entry = ChartCatalog.CrossStudy(Themes(), Both, Language.En);
        Assert.Equal("cross-study", entry.Key);
        Assert.Contains(ChartRendering.DivId(entry.Chart), entry.ToHtml(includePlotlyJs: false));
    }

    [Fact]
    public void A_chart_key_the_study_lacks_is_an_error_listing_the_keys_it_has()
    {
        // Copying one study's notebook to another: the first question the other study lacks says what it has instead.
        var e = Assert.Throws<ArgumentException>(() => ChartCatalog.Entry(Survey, "question:usage", Language.En));
        Assert.Contains("unknown chart 'question:usage'", e.Message, StringComparison.Ordinal);
        Assert.All(ChartCatalog.For(Survey, Language.En), entry => Assert.Contains(entry.Key, e.Message, StringComparison.Ordinal));
    }
}
