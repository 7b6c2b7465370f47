using SurveyFigures.Charts;
using SurveyFigures.Tests.Charts;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.ShippedData;

/// <summary>data/editions.csv, the shipped pairs of editions: read against the shipped studies and drawn by the rule the
/// chart tests check on fixtures (<see cref="EditionsChartTests"/>).</summary>
public class ShippedEditionsTests
{
    [Fact]
    public void Every_pair_of_the_repository_is_drawn_with_its_comparability_and_no_trend_unless_declared()
    {
        var pairs = EditionsReader.Load(RepositoryStudies.Root, RepositoryStudies.All);
        Assert.NotEmpty(pairs);
        EditionsChartTests.AssertDrawn(pairs, RepositoryStudies.Analyses);
    }
}
