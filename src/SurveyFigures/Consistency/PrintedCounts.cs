using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// The counts out of n that one printed version allows, whatever its form: a plain number through the rounding rule,
/// a qualified number or words through the interval of exact shares they claim, a printed count as itself (no rounding).
/// </summary>
internal static class PrintedCounts
{
    public static CountRange For(Figure figure, int n, RoundingRule rule) => For(figure.Primary, n, rule);

    public static CountRange For(PrintedVersion version, int n, RoundingRule rule) =>
        version.Count is not null ? Counted(version, n)
        : Bounds(version) is { } bounds ? InBounds(bounds, n) : FeasibleCounts.For(version.Percent!.Value, n, rule);

    /// <summary>The lowest count a printed count allows (197; more than 197: 198; at least 197: 197), and whether it is a lower bound only.</summary>
    public static (int Min, bool Open) CountClaim(PrintedVersion version) => version.Qualifier switch
    {
        Qualifier.MoreThan => (version.Count!.Value + 1, true),
        Qualifier.AtLeast => (version.Count!.Value, true),
        _ => (version.Count!.Value, false),
    };

    private static CountRange Counted(PrintedVersion version, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var (min, open) = CountClaim(version);
        return min > n ? CountRange.Empty : new CountRange(min, open ? n : min);
    }

    /// <summary>The exact shares a version claims when it is not a plain number; null for a plain number (rounding decides).</summary>
    public static ShareBounds? Bounds(PrintedVersion version) => version switch
    {
        { Interval: { } i } => new ShareBounds(i.Low, false, i.High, false),
        { Percent: { } p, Qualifier: not Qualifier.None } => Qualifiers.Bounds(version.Qualifier, p.Value),
        _ => null,
    };

    /// <summary>The counts k out of n whose exact share 100·k/n lies in the bounds, in exact decimal arithmetic.</summary>
    public static CountRange InBounds(ShareBounds b, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var low = b.Low * n / 100;
        var high = b.High * n / 100;
        var min = b.LowOpen ? decimal.Floor(low) + 1 : decimal.Ceiling(low);
        var max = b.HighOpen ? decimal.Ceiling(high) - 1 : decimal.Floor(high);
        min = Math.Max(0, min);
        max = Math.Min(n, max);
        return min > max ? CountRange.Empty : new CountRange((int)min, (int)max);
    }

    /// <summary>
    /// The count a reconstruction gives a version out of n: the allowed count nearest the printed number (for a plain or
    /// qualified number) or the middle of the interval (for words); ties go to the lower count. Null when none is allowed.
    /// </summary>
    public static int? Target(PrintedVersion version, int n, RoundingRule rule)
    {
        if (version.Count is not null)
        {
            return For(version, n, rule) is { IsEmpty: false } counted ? counted.Min : null;
        }
        if (Bounds(version) is null)
        {
            return FeasibleCounts.Nearest(version.Percent!.Value, n, rule);
        }
        var range = For(version, n, rule);
        if (range.IsEmpty)
        {
            return null;
        }
        var anchor = version.Percent is { } p ? p.Value : (version.Interval!.Value.Low + version.Interval.Value.High) / 2;
        var exact = anchor * n / 100;
        var nearest = (int)Math.Clamp(Math.Round(exact, MidpointRounding.ToZero), range.Min, range.Max);
        // The rounded anchor may be one step off the true nearest; compare it with its neighbours inside the range.
        return new[] { nearest - 1, nearest, nearest + 1 }.Where(range.Contains)
            .OrderBy(k => Math.Abs(k - exact)).ThenBy(k => k).First();
    }
}
