using System.Numerics;
using SurveyFigures.Reconstruction;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// The weights of weighted microdata in the two forms the analysis needs: as a <see cref="SurveyDesign"/> (floating
/// point, for variances and intervals) and as whole numbers, each weight times 10^<see cref="Scale"/> where Scale is
/// the most decimals any weight was written with, so sums of weights are exact and a weighted share is an exact ratio.
/// </summary>
internal sealed class WeightedRows
{
    private readonly long[] _scaled;

    public WeightedRows(RespondentDesign design)
    {
        var weights = design.Weights;
        Scale = weights.Length == 0 ? 0 : weights.Max(w => (int)w.Scale);
        var factor = Consistency.WeightedShareCheck.Pow10(Scale);
        _scaled = new long[weights.Length];
        var doubles = new double[weights.Length];
        for (var r = 0; r < weights.Length; r++)
        {
            // Exact: w has at most Scale decimals. A weight with more digits than a long holds is refused, not rounded.
            var scaled = weights[r] <= long.MaxValue / factor ? weights[r] * factor : decimal.MaxValue;
            _scaled[r] = scaled <= long.MaxValue ? (long)scaled
                : throw new ArgumentException($"The weight {weights[r]} of row {r + 1} has more digits ({scaled}) than an exact sum can hold.", nameof(design));
            doubles[r] = (double)weights[r];
        }
        Design = new SurveyDesign(doubles, design.Strata, design.Clusters);
    }

    /// <summary>The decimals of the exact weights: weight = scaled / 10^Scale.</summary>
    public int Scale { get; }

    public SurveyDesign Design { get; }

    /// <summary>
    /// 100·part/whole as a decimal, the share views and figures.csv show (checks compare the exact sums themselves).
    /// A decimal holds about 7.9e28, so 100·part overflows once sums pass 7.9e26 scaled units (many rows of weights
    /// written with many decimals); such sums are first divided by one power of ten, which moves the share by less
    /// than 1e-24 points. Smaller sums take the direct quotient, unchanged.
    /// </summary>
    public static decimal Percent(BigInteger part, BigInteger whole)
    {
        var shift = BigInteger.One;
        while (whole / shift > DirectLimit)
        {
            shift *= 10;
        }
        return 100m * (decimal)(part / shift) / (decimal)(whole / shift);
    }

    // The largest whole for which 100·part (part ≤ whole) still fits a decimal.
    private static readonly BigInteger DirectLimit = new BigInteger(decimal.MaxValue) / 100;

    /// <summary>
    /// The design-based estimate of <paramref name="item"/>'s share of <paramref name="domain"/>, with the exact sums of
    /// scaled weights over the item's rows in the domain and over the domain, all in one pass over the rows.
    /// </summary>
    public (DesignEstimate Estimate, BigInteger Item, BigInteger Domain) Estimate(RowMask domain, RowMask item)
    {
        var estimate = Design.Estimate(domain, item, _scaled, out var part, out var all)!.Value;
        return (estimate, (BigInteger)part, (BigInteger)all);
    }
}
