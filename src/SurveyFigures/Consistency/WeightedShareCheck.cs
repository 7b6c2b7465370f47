using System.Numerics;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// Whether a weighted share prints as a version of a figure: feasible counts do not apply to weighted data, so the
/// exact ratio part/whole of two sums of weights (scaled to whole numbers) is rounded under the study's rule, or
/// compared with the interval that a qualifier or words claim, in exact integer arithmetic.
/// </summary>
internal static class WeightedShareCheck
{
    /// <summary>
    /// Whether 100·<paramref name="part"/>/<paramref name="whole"/> prints as <paramref name="version"/>. A printed
    /// count counts respondents, not weights: the caller compares it with the unweighted count.
    /// </summary>
    public static bool Prints(PrintedVersion version, BigInteger part, BigInteger whole, RoundingRule rule)
    {
        if (whole <= 0 || version.Count is not null)
        {
            return false;
        }
        if (PrintedCounts.Bounds(version) is { } b)
        {
            var low = CompareShare(part, whole, b.Low);
            var high = CompareShare(part, whole, b.High);
            return (b.LowOpen ? low > 0 : low >= 0) && (b.HighOpen ? high < 0 : high <= 0);
        }
        return Rounding.Compare(part, whole, version.Percent!.Value, rule) == 0;
    }

    // The sign of 100·part/whole − percent, with percent = m/10^s written exactly as a decimal.
    private static int CompareShare(BigInteger part, BigInteger whole, decimal percent)
    {
        var scale = percent.Scale;
        var m = new BigInteger(percent * Pow10(scale));
        return (100 * part * BigInteger.Pow(10, scale)).CompareTo(m * whole);
    }

    /// <summary>10^<paramref name="decimals"/> as an exact decimal (0 to 28 decimals).</summary>
    internal static decimal Pow10(int decimals)
    {
        var power = 1m;
        for (var i = 0; i < decimals; i++)
        {
            power *= 10;
        }
        return power;
    }
}
