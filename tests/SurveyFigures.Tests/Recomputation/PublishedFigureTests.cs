using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Recomputation;

/// <summary>
/// One case per ledger row of every study under data/studies (so a new figure gets a test with no code change).
/// Reference values: the printed figures themselves, as recorded in each figures.csv from the source documents.
/// </summary>
public class PublishedFigureTests
{
    public static TheoryData<string, string> Figures()
    {
        var data = new TheoryData<string, string>();
        foreach (var study in RepositoryStudies.All)
        {
            foreach (var figure in study.Figures)
            {
                data.Add(study.Id, figure.Id);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Recomputed_share_prints_as_published(string studyId, string figureId)
    {
        var result = RepositoryStudies.Analysis(studyId).Results.Single(r => r.Figure.Id == figureId);
        var figure = result.Figure;
        Assert.True(result.BaseN > 0, $"{figureId}: empty base");
        Assert.Equal(result.Count * 100m / result.BaseN, result.ComputedPercent);
        if (figure.Percent is { } qualified && figure.Qualifier != Qualifier.None)
        {
            // A qualified number, checked against its documented reading (data/README.md) computed here independently.
            var share = result.ComputedPercent;
            var x = qualified.Value;
            Assert.True(figure.Qualifier switch
            {
                Qualifier.MoreThan => share > x,
                Qualifier.AtLeast => share >= x,
                Qualifier.Nearly => share <= x && share >= x - 5,
                Qualifier.About => Math.Abs(share - x) <= 2.5m,
                _ => false,
            }, $"{figureId}: {share:0.###} % is not '{Qualifiers.Name(figure.Qualifier)} {x} %'");
        }
        else if (figure.Percent is { } printed)
        {
            // Exact comparison at the printed precision under the study's named rule.
            Assert.True(Rounding.Matches(result.Count, result.BaseN, printed, RoundingRules.Parse(RepositoryStudies.Get(studyId).Metadata.Rounding)),
                $"{figureId}: {result.Count}/{result.BaseN} = {result.ComputedPercent:0.###} % does not print as {printed} %");
            Assert.True(result.Feasible.Contains(result.Count));
        }
        else
        {
            var interval = figure.Interval!.Value;
            Assert.InRange(result.ComputedPercent, interval.Low, interval.High);
        }
        Assert.InRange(result.Interval.Low, 0, (double)result.Count / result.BaseN);
        Assert.InRange(result.Interval.High, (double)result.Count / result.BaseN, 1);
    }

    [Fact]
    public void Nested_counts_stay_inside_their_parents()
    {
        foreach (var analysis in RepositoryStudies.Analyses)
        {
            foreach (var nested in analysis.Results.Where(r => r.Figure.Kind == FigureKind.Nested))
            {
                var parent = analysis.Results.Single(r => r.Figure.Id == nested.Figure.Parent);
                Assert.True(nested.Count <= parent.Count, $"{nested.Figure.Id}: {nested.Count} > {parent.Count}");
            }
        }
    }
}
