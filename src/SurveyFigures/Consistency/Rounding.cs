using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>Rounding in exact integer arithmetic: 100·k/n is never computed as a float.</summary>
internal static class Rounding
{
    /// <summary>
    /// Where <paramref name="count"/> out of <paramref name="n"/> prints relative to <paramref name="printed"/> under
    /// <paramref name="rule"/>: below (−1), as printed (0, exactly when <see cref="Matches"/>), or above (+1).
    /// Nondecreasing in the count, since every rule rounds monotonically; this lets feasible ranges be bisected.
    /// </summary>
    public static int Compare(long count, long n, PrintedPercent printed, RoundingRule rule) => Compare<long>(count, n, printed, rule);

    /// <summary>
    /// <see cref="Compare(long, long, PrintedPercent, RoundingRule)"/> for any integer type: a weighted share is the
    /// ratio of two sums of weights scaled to integers (<see cref="System.Numerics.BigInteger"/>), compared just as exactly.
    /// </summary>
    public static int Compare<T>(T count, T n, PrintedPercent printed, RoundingRule rule) where T : System.Numerics.IBinaryInteger<T>
    {
        if (n <= T.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The base must be positive.");
        }
        // 100·k/n at the printed decimals, as quotient and remainder: q + r/n, in units of 10^-decimals percent.
        var two = T.CreateChecked(2);
        var scaled = checked(T.CreateChecked(100) * count * T.CreateChecked(PrintedPercent.Pow10(printed.Decimals)));
        var (q, r) = T.DivRem(scaled, n);
        var target = T.CreateChecked(printed.Scaled);
        if (rule == RoundingRule.UpOrDown)
        {
            // Matches when target is q or, with a remainder, q + 1.
            return q > target ? 1 : q + (r > T.Zero ? T.One : T.Zero) < target ? -1 : 0;
        }
        var up = rule switch
        {
            RoundingRule.HalfUp => two * r >= n,
            RoundingRule.HalfDown => two * r > n,
            RoundingRule.HalfEven => two * r > n || (two * r == n && T.IsOddInteger(q)),
            RoundingRule.Floor => false,
            RoundingRule.Ceiling => r > T.Zero,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
        return (up ? q + T.One : q).CompareTo(target);
    }

    /// <summary>How <paramref name="count"/> out of <paramref name="n"/> prints at <paramref name="decimals"/> under a named rule (not up-or-down).</summary>
    public static decimal Print(long count, long n, int decimals, RoundingRule rule)
    {
        if (rule == RoundingRule.UpOrDown)
        {
            throw new ArgumentException("up-or-down prints either neighbour, not one value", nameof(rule));
        }
        // The printed value is the smallest whose Compare is not below: scan up from the truncated value (at most one step).
        var unit = PrintedPercent.Pow10(decimals);
        var truncated = checked(100 * count * unit) / n;
        for (var scaled = truncated; ; scaled++)
        {
            var candidate = new PrintedPercent((decimal)scaled / unit, decimals);
            if (Compare(count, n, candidate, rule) <= 0)
            {
                return candidate.Value;
            }
        }
    }

    /// <summary>Whether a count of <paramref name="count"/> out of <paramref name="n"/> prints as <paramref name="printed"/> under <paramref name="rule"/>.</summary>
    public static bool Matches(long count, long n, PrintedPercent printed, RoundingRule rule) => Compare(count, n, printed, rule) == 0;
}
