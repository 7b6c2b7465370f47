using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// The counts k out of n that print as a given percentage under a rounding rule (a GRIM-style test).
/// The set is contiguous because rounding is monotone, so it is bisected inside a narrow window around n·p/100.
/// </summary>
internal static class FeasibleCounts
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
        // Matching counts are contiguous and Rounding.Compare is monotone in k, so both ends are found by
        // bisection inside the window (the same range a scan of the window finds, in O(log n) instead of O(n)).
        var min = FirstAtLeast(lo, hi, k => Rounding.Compare(k, n, printed, rule) >= 0);
        var max = FirstAtLeast(lo, hi, k => Rounding.Compare(k, n, printed, rule) > 0) - 1;
        return min > hi || max < lo || min > max || !Rounding.Matches(min, n, printed, rule) ? CountRange.Empty : new CountRange(min, max);
    }

    /// <summary>The first k in [lo, hi] for which the monotone <paramref name="holds"/> is true, or hi + 1.</summary>
    private static int FirstAtLeast(int lo, int hi, Func<int, bool> holds)
    {
        var (a, b) = (lo, hi + 1);
        while (a < b)
        {
            var mid = a + ((b - a) / 2);
            if (holds(mid))
            {
                b = mid;
            }
            else
            {
                a = mid + 1;
            }
        }
        return a;
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
