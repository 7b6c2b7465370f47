using System.Text;
using System.Text.Json;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Charts;

/// <summary>
/// data/editions.csv and its chart: every pair is drawn with its comparability in its label, and a line joins two
/// editions only where the data declare the same question. Pairs are read from the file, not restated here.
/// </summary>
public class EditionsChartTests
{
    private const string Header = "series,label_fr,label_en,earlier_study,earlier_figure,later_study,later_figure,comparability,note_fr,note_en";

    private static IReadOnlyList<EditionPair> Read(string text) =>
        EditionsReader.Read(CsvTable.Parse(Encoding.UTF8.GetBytes(text), "editions.csv"), RepositoryStudies.All);

    private static IReadOnlyList<JsonElement> Traces(IReadOnlyList<EditionPair> pairs, Language language = Language.En) =>
        [.. JsonDocument.Parse(ChartCatalog.Editions(pairs, RepositoryStudies.Analyses, language).ToJson()).RootElement.GetProperty("data").EnumerateArray()];

    [Fact]
    public void Every_pair_of_the_repository_is_drawn_with_its_comparability_and_no_trend_unless_declared()
    {
        var pairs = EditionsReader.Load(RepositoryStudies.Root, RepositoryStudies.All);
        Assert.NotEmpty(pairs);
        var traces = Traces(pairs);
        var lines = traces.Count(t => t.GetProperty("mode").GetString() == "lines");
        Assert.Equal(pairs.Count(p => p.IsTrend), lines);
        var markers = traces.Where(t => t.GetProperty("mode").GetString() == "markers+text").ToList();
        var labels = markers.SelectMany(t => t.GetProperty("y").EnumerateArray().Select(y => y.GetString()!)).Distinct().ToList();
        Assert.Equal(pairs.Select(p => EditionsChart.RowLabel(p, Language.En)), labels);
        Assert.All(pairs.Where(p => !p.IsTrend), p => Assert.Contains("not a trend", EditionsChart.RowLabel(p, Language.En)));
    }

    [Fact]
    public void A_pair_declared_the_same_question_is_joined_by_a_line()
    {
        var same = Read(Header + "\ns,Formation,Training,pulselife-barometer-2025,tools.training-platforms,pulselife-barometer-2026,tools.training,same-question,-,-\n");
        Assert.Single(Traces(same), t => t.GetProperty("mode").GetString() == "lines");
        var reworded = Read(Header + "\ns,Formation,Training,pulselife-barometer-2025,tools.training-platforms,pulselife-barometer-2026,tools.training,reworded,-,-\n");
        Assert.DoesNotContain(Traces(reworded), t => t.GetProperty("mode").GetString() == "lines");
    }

    [Theory]
    [InlineData("s,F,T,pulselife-barometer-2025,tools.training-platforms,pulselife-barometer-2026,tools.training,similar,-,-", "comparability", "same-question, reworded")]
    [InlineData("s,F,T,pulselife-barometer-2025,no.such.figure,pulselife-barometer-2026,tools.training,reworded,-,-", "earlier_figure", "an id from")]
    [InlineData("s,F,T,no-such-study,tools.training-platforms,pulselife-barometer-2026,tools.training,reworded,-,-", "earlier_study", "a folder under data/studies")]
    [InlineData("s,F,T,pulselife-barometer-2025,tools.training-platforms,pulselife-barometer-2025,tools.decision-support,reworded,-,-", "later_study", "another edition")]
    public void A_bad_row_is_refused_at_its_line_and_column(string row, string column, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => Read(Header + "\n" + row + "\n"));
        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(expected, e.Message);
    }
}
