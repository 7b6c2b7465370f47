using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// The counts k out of n that print as a given percentage under a rounding rule (a GRIM-style test).
/// The set is contiguous because rounding is monotone, so only a narrow window around n·p/100 is scanned.
/// </summary>
public static class FeasibleCounts
{
    public static CountRange For(PrintedPercent printed, int n, RoundingRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var unit = 100 * PrintedPercent.Pow10(printed.Decimals);
        // k = n·scaled/unit ± n/unit covers every count within one printed step of the value.
        var centre = (long)n * printed.Scaled / unit;
        var halfWidth = n / unit + 2;
        var lo = (int)Math.Max(0, centre - halfWidth);
        var hi = (int)Math.Min(n, centre + halfWidth + 1);
        int? min = null;
        int? max = null;
        for (var k = lo; k <= hi; k++)
        {
            if (Rounding.Matches(k, n, printed, rule))
            {
                min ??= k;
                max = k;
            }
        }
        return min is null ? CountRange.Empty : new CountRange(min.Value, max!.Value);
    }

    /// <summary>The count nearest to the exact n·p/100 within the feasible range (ties to the lower count), or null if none is feasible.</summary>
    public static int? Nearest(PrintedPercent printed, int n, RoundingRule rule)
    {
        var range = For(printed, n, rule);
        if (range.IsEmpty)
        {
            return null;
        }
        var unit = 100 * PrintedPercent.Pow10(printed.Decimals);
        var exactTimesUnit = (long)n * printed.Scaled;
        var best = range.Min;
        for (var k = range.Min; k <= range.Max; k++)
        {
            if (Math.Abs(k * unit - exactTimesUnit) < Math.Abs(best * unit - exactTimesUnit))
            {
                best = k;
            }
        }
        return best;
    }
}
