using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Consistency;

/// <summary>Reference ranges worked by hand from the bounds of each printed value (e.g. 53.5 % and 54.5 % of 760 are 406.6 and 414.2).</summary>
public class FeasibleCountsTests
{
    private static PrintedPercent P(string s) => PrintedPercent.TryParse(s)!.Value;

    [Theory]
    [InlineData("54", 760, RoundingRule.HalfUp, 407, 414)]
    [InlineData("88", 760, RoundingRule.HalfUp, 665, 672)]
    [InlineData("66", 410, RoundingRule.HalfUp, 269, 272)]
    [InlineData("2", 540, RoundingRule.HalfUp, 9, 13)]
    // 0.5 % of 200 = 1 exactly: half-up sends it to 1 %, so 0 % is only k = 0.
    [InlineData("0", 200, RoundingRule.HalfUp, 0, 0)]
    [InlineData("0", 200, RoundingRule.HalfDown, 0, 1)]
    // Floor: [54 %, 55 %) of 760 = [410.4, 418) → 411..417.
    [InlineData("54", 760, RoundingRule.Floor, 411, 417)]
    // Ceiling: (53 %, 54 %] of 760 = (402.8, 410.4] → 403..410.
    [InlineData("54", 760, RoundingRule.Ceiling, 403, 410)]
    [InlineData("100", 760, RoundingRule.HalfUp, 757, 760)]
    public void Range_of_counts_that_print_as_the_figure(string printed, int n, RoundingRule rule, int min, int max) =>
        Assert.Equal(new CountRange(min, max), FeasibleCounts.For(P(printed), n, rule));

    [Fact]
    public void Figure_no_count_can_produce_is_empty()
    {
        // Out of 7, the shares are 0, 14.3, 28.6, 42.9, 57.1, 71.4, 85.7, 100: nothing prints as 50 %.
        Assert.True(FeasibleCounts.For(P("50"), 7, RoundingRule.HalfUp).IsEmpty);
        Assert.Null(FeasibleCounts.Nearest(P("50"), 7, RoundingRule.HalfUp));
    }

    [Fact]
    public void Every_count_in_the_range_matches_and_its_neighbours_do_not()
    {
        foreach (var n in new[] { 7, 50, 410, 540, 760, 1001 })
        {
            foreach (var printed in new[] { "2", "18", "33.3", "66", "99.5" })
            {
                var range = FeasibleCounts.For(P(printed), n, RoundingRule.HalfUp);
                for (var k = 0; k <= n; k++)
                {
                    Assert.Equal(Rounding.Matches(k, n, P(printed), RoundingRule.HalfUp), range.Contains(k));
                }
            }
        }
    }

    [Fact]
    public void Nearest_is_closest_to_the_exact_share() =>
        // 54 % of 760 = 410.4 → 410.
        Assert.Equal(410, FeasibleCounts.Nearest(P("54"), 760, RoundingRule.HalfUp));
}
