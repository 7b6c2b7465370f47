using SurveyFigures.Data;
using SurveyFigures.Recomputation;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Recomputation;

/// <summary>
/// The fast row-set counts against Deedle's own arithmetic: for every figure, the product of the frame's 0/1
/// indicator series, summed by Deedle, must give the same count and base as the recomputation.
/// </summary>
public class RespondentFrameTests
{
    [Fact]
    public void Row_set_counts_equal_deedle_indicator_products_for_every_figure()
    {
        foreach (var analysis in RepositoryStudies.Analyses)
        {
            var study = analysis.Study;
            var frame = new RespondentFrame(analysis.Respondents);
            foreach (var result in analysis.Results)
            {
                var f = result.Figure;
                var scope = study.Base(f.Base).Figure is { } baseFigure
                    ? frame.Indicator(study.Figure(baseFigure).Column, study.Figure(baseFigure).Value)
                    : frame.All;
                if (f.Kind == FigureKind.Aggregate)
                {
                    // An aggregate counts its parts together: the sum of the parts' indicator products.
                    var parts = f.Parts.Select(study.Figure).Sum(p => RespondentFrame.Count(scope * frame.Indicator(p.Column, p.Value)));
                    Assert.Equal(result.Count, parts);
                }
                else if (f.Parent is { } parentId)
                {
                    var parent = study.Figure(parentId);
                    var inParent = scope * frame.Indicator(parent.Column, parent.Value);
                    Assert.Equal(result.Count, RespondentFrame.Count(inParent * frame.Indicator(f.Column, f.Value)));
                    Assert.Equal(result.BaseN, RespondentFrame.Count(f.Of == NestedDenominator.Parent ? inParent : scope));
                }
                else
                {
                    Assert.Equal(result.Count, RespondentFrame.Count(scope * frame.Indicator(f.Column, f.Value)));
                    Assert.Equal(result.BaseN, RespondentFrame.Count(scope));
                }
            }
        }
    }

    [Fact]
    public void Frame_holds_every_respondent_and_column()
    {
        foreach (var analysis in RepositoryStudies.Analyses)
        {
            var frame = new RespondentFrame(analysis.Respondents);
            Assert.Equal(analysis.Respondents.RowCount, frame.RowCount);
            Assert.True(analysis.Study.Metadata.Sample.Sizes.Contains(frame.RowCount), $"{analysis.Study.Id}: {frame.RowCount} rows for a sample printed as {analysis.Study.Metadata.Sample}");
            Assert.Equal(analysis.Study.Columns, frame.Frame.ColumnKeys);
            foreach (var column in analysis.Study.Columns)
            {
                Assert.Equal(analysis.Respondents.Column(column), frame.Frame.GetColumn<string>(column).Values);
            }
        }
    }
}
