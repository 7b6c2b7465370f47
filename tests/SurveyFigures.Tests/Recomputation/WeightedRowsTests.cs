using System.Numerics;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Tests.Recomputation;

/// <summary>The weighted share as a decimal, from exact sums of scaled weights of any size.</summary>
public sealed class WeightedRowsTests
{
    [Fact]
    public void Sums_past_what_a_decimal_holds_give_their_share_instead_of_overflowing()
    {
        // 10^40 scaled units: rows of weights written with many decimals. The direct quotient cannot even start.
        var whole = BigInteger.Pow(10, 40);
        Assert.Throws<OverflowException>(() => 100m * (decimal)(whole / 8) / (decimal)whole);
        // Shares a decimal holds exactly come out exactly.
        Assert.Equal(12.5m, WeightedRows.Percent(whole / 8, whole));
        Assert.Equal(37m, WeightedRows.Percent(37 * BigInteger.Pow(10, 38), whole));
        Assert.Equal(100m, WeightedRows.Percent(whole, whole));
        Assert.Equal(0m, WeightedRows.Percent(BigInteger.Zero, whole));
    }

    [Fact]
    public void Sums_a_decimal_holds_keep_the_direct_quotient()
    {
        // Just below and at the edge where 100·part still fits: the same value as 100·part/whole in decimal.
        var edge = new BigInteger(decimal.MaxValue) / 100;
        Assert.Equal(100m * (decimal)(edge / 3) / (decimal)edge, WeightedRows.Percent(edge / 3, edge));
        Assert.Equal(100m * 1 / 3, WeightedRows.Percent(1, 3));
    }
}
