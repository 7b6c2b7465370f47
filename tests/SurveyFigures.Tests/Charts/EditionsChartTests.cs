using System.Text;
using System.Text.Json;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

/// <summary>
/// An editions file and its chart, on a fixture pair of editions (tests/Fixtures: chart-barometer and its later
/// edition, paired in editions.csv): every pair is drawn with its comparability in its label, and a line joins two
/// editions only where the file declares the same question. Pairs are read from the file, not restated here.
/// </summary>
public class EditionsChartTests
{
    private const string Header = "series,label_fr,label_en,earlier_study,earlier_figure,later_study,later_figure,comparability,note_fr,note_en";

    private static IReadOnlyList<StudyAnalysis> Editions => [Barometer, LaterEdition];

    private static IReadOnlyList<EditionPair> Read(string text) =>
        EditionsReader.Read(CsvTable.Parse(Encoding.UTF8.GetBytes(text), "editions.csv"), Editions.Select(a => a.Study));

    internal static IReadOnlyList<JsonElement> Traces(IReadOnlyList<EditionPair> pairs, IReadOnlyList<StudyAnalysis> analyses, Language language = Language.En) =>
        [.. JsonDocument.Parse(ChartCatalog.Editions(pairs, analyses, language).ToJson()).RootElement.GetProperty("data").EnumerateArray()];

    /// <summary>Every pair drawn, one line per pair declared the same question, and "not a trend" on every other row.</summary>
    internal static void AssertDrawn(IReadOnlyList<EditionPair> pairs, IReadOnlyList<StudyAnalysis> analyses)
    {
        var traces = Traces(pairs, analyses);
        var lines = traces.Count(t => t.GetProperty("mode").GetString() == "lines");
        Assert.Equal(pairs.Count(p => p.IsTrend), lines);
        var markers = traces.Where(t => t.GetProperty("mode").GetString() == "markers+text").ToList();
        var labels = markers.SelectMany(t => t.GetProperty("y").EnumerateArray().Select(y => y.GetString()!)).Distinct().ToList();
        Assert.Equal(pairs.Select(p => EditionsChart.RowLabel(p, Language.En)), labels);
        Assert.All(pairs.Where(p => !p.IsTrend), p => Assert.Contains("not a trend", EditionsChart.RowLabel(p, Language.En)));
    }

    [Fact]
    public void Every_pair_of_the_file_is_drawn_with_its_comparability_and_no_trend_unless_declared()
    {
        var pairs = EditionsReader.Read(FixtureTable("editions.csv"), Editions.Select(a => a.Study));
        // The fixture holds both kinds, so a chart that drew every pair as a trend, or none, would fail.
        Assert.Contains(pairs, p => p.IsTrend);
        Assert.Contains(pairs, p => !p.IsTrend);
        AssertDrawn(pairs, Editions);
    }

    [Fact]
    public void A_pair_declared_the_same_question_is_joined_by_a_line()
    {
        var same = Read(Header + "\ns,Formation,Training,chart-barometer,barriers.training,chart-barometer-later,barriers.training-gap,same-question,-,-\n");
        Assert.Single(Traces(same, Editions), t => t.GetProperty("mode").GetString() == "lines");
        var reworded = Read(Header + "\ns,Formation,Training,chart-barometer,barriers.training,chart-barometer-later,barriers.training-gap,reworded,-,-\n");
        Assert.DoesNotContain(Traces(reworded, Editions), t => t.GetProperty("mode").GetString() == "lines");
    }

    [Theory]
    [InlineData("s,F,T,chart-barometer,barriers.training,chart-barometer-later,barriers.training-gap,similar,-,-", "comparability", "same-question, reworded")]
    [InlineData("s,F,T,chart-barometer,no.such.figure,chart-barometer-later,barriers.training-gap,reworded,-,-", "earlier_figure", "an id from")]
    [InlineData("s,F,T,no-such-study,barriers.training,chart-barometer-later,barriers.training-gap,reworded,-,-", "earlier_study", "a folder under data/studies")]
    [InlineData("s,F,T,chart-barometer,barriers.training,chart-barometer,barriers.cost,reworded,-,-", "later_study", "another edition")]
    public void A_bad_row_is_refused_at_its_line_and_column(string row, string column, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => Read(Header + "\n" + row + "\n"));
        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(expected, e.Message);
    }
}
