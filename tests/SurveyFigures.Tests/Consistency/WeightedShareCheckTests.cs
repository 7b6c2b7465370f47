using System.Numerics;
using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Consistency;

/// <summary>A weighted share against a printed value, exactly: sums of weights are whole numbers once scaled.</summary>
public class WeightedShareCheckTests
{
    private static PrintedVersion Plain(string printed) => new(printed, PrintedPercent.TryParse(printed), Qualifier.None, null, [], "", 2);

    [Theory]
    // 44.5 % exactly (weights 0.445 and 0.555, scaled by 1000): half-up prints 45, half-down and half-even 44.
    [InlineData(445, 1000, "45", RoundingRule.HalfUp, true)]
    [InlineData(445, 1000, "44", RoundingRule.HalfDown, true)]
    [InlineData(445, 1000, "44", RoundingRule.HalfEven, true)]
    [InlineData(445, 1000, "45", RoundingRule.HalfDown, false)]
    // One ten-thousandth of a weight below the half: never 45 under half-up.
    [InlineData(4_449_999, 10_000_000, "45", RoundingRule.HalfUp, false)]
    [InlineData(4_449_999, 10_000_000, "44", RoundingRule.HalfUp, true)]
    [InlineData(125, 1000, "12.5", RoundingRule.HalfUp, true)]
    public void A_weighted_share_prints_as_its_exact_ratio_rounds(long part, long whole, string printed, RoundingRule rule, bool prints) =>
        Assert.Equal(prints, WeightedShareCheck.Prints(Plain(printed), part, whole, rule));

    [Fact]
    public void Sums_beyond_a_long_are_compared_exactly()
    {
        // 10^30 · 0.445 / 10^30: the same half as above, in numbers no long or double holds exactly.
        var whole = BigInteger.Pow(10, 30) + 7;
        var part = whole * 445 / 1000 + 1; // just above 44.5 %
        Assert.True(WeightedShareCheck.Prints(Plain("45"), part, whole, RoundingRule.HalfDown));
        Assert.False(WeightedShareCheck.Prints(Plain("44"), part, whole, RoundingRule.HalfDown));
    }

    [Theory]
    // "more than 44 %" is open at 44: exactly 44 % is not more than 44.
    [InlineData(44, 100, false)]
    [InlineData(4401, 10000, true)]
    public void A_qualified_share_is_compared_with_the_interval_it_claims(long part, long whole, bool prints)
    {
        var version = new PrintedVersion("44", PrintedPercent.TryParse("44"), Qualifier.MoreThan, null, [], "", 2);
        Assert.Equal(prints, WeightedShareCheck.Prints(version, part, whole, RoundingRule.HalfUp));
    }

    [Fact]
    public void A_printed_count_is_never_a_weighted_share() =>
        Assert.False(WeightedShareCheck.Prints(new PrintedVersion("197", null, Qualifier.None, null, [], "", 2) { Count = 197 }, 197, 400, RoundingRule.HalfUp));
}
