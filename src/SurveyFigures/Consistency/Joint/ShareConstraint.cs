using Google.OrTools.Sat;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// What one printed version says of a count c out of a denominator d, as linear inequalities over whole numbers, so
/// that both may be unknowns of the model. A plain number P at its printed decimals (U = 100·10^decimals) under a
/// rule is an interval of U·c/d: half-up is (2P−1)·d ≤ 2U·c &lt; (2P+1)·d, floor is P·d ≤ U·c &lt; (P+1)·d, and so on;
/// a qualified number or words are the interval of exact shares they are read as. No division, no tolerance: the same
/// counts <see cref="PrintedCounts"/> finds by bisection (a test checks both agree on every n up to a bound).
/// </summary>
internal static class ShareConstraint
{
    /// <summary>Adds the version's inequalities on (count, denominator), each enforced only when <paramref name="when"/> holds.</summary>
    public static void Add(CpModel model, PrintedVersion version, LinearExpr count, LinearExpr denominator, RoundingRule rule, ILiteral when)
    {
        model.Add(denominator >= 1).OnlyEnforceIf(when);
        if (version.Count is not null)
        {
            // A printed count is the count itself, whatever the denominator: no rounding, no share.
            var (min, open) = PrintedCounts.CountClaim(version);
            model.Add(count >= min).OnlyEnforceIf(when);
            if (!open)
            {
                model.Add(count <= min).OnlyEnforceIf(when);
            }
            return;
        }
        if (PrintedCounts.Bounds(version) is { } bounds)
        {
            AddBounds(model, bounds, count, denominator, when);
            return;
        }
        var p = version.Percent!.Value;
        var twoU = 2 * 100 * PrintedPercent.Pow10(p.Decimals);
        var u = twoU / 2;
        var twoP = 2 * p.Scaled;
        var (low, lowStrict, high, highStrict, scale) = rule switch
        {
            RoundingRule.HalfUp => (twoP - 1, false, twoP + 1, true, twoU),
            RoundingRule.HalfDown => (twoP - 1, true, twoP + 1, false, twoU),
            // Halves go to the even neighbour: an even P keeps both of its halves, an odd P neither.
            RoundingRule.HalfEven => (twoP - 1, p.Scaled % 2 == 1, twoP + 1, p.Scaled % 2 == 1, twoU),
            RoundingRule.Floor => (p.Scaled, false, p.Scaled + 1, true, u),
            RoundingRule.Ceiling => (p.Scaled - 1, true, p.Scaled, false, u),
            RoundingRule.UpOrDown => (p.Scaled - 1, true, p.Scaled + 1, true, u),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
        AddInterval(model, count * scale, denominator, low, lowStrict, high, highStrict, when);
    }

    /// <summary>Low·d ≤ 100·c ≤ High·d (ends open or closed), with the decimal ends scaled to whole numbers.</summary>
    private static void AddBounds(CpModel model, ShareBounds b, LinearExpr count, LinearExpr denominator, ILiteral when)
    {
        var scale = PrintedPercent.Pow10(Math.Max(Decimals(b.Low), Decimals(b.High)));
        AddInterval(model, count * (100 * scale), denominator, (long)(b.Low * scale), b.LowOpen, (long)(b.High * scale), b.HighOpen, when);
    }

    private static void AddInterval(CpModel model, LinearExpr scaledCount, LinearExpr d, long low, bool lowStrict, long high, bool highStrict, ILiteral when)
    {
        if (lowStrict)
        {
            model.Add(scaledCount >= (low * d) + 1).OnlyEnforceIf(when);
        }
        else
        {
            model.Add(scaledCount >= low * d).OnlyEnforceIf(when);
        }
        if (highStrict)
        {
            model.Add(scaledCount <= (high * d) - 1).OnlyEnforceIf(when);
        }
        else
        {
            model.Add(scaledCount <= high * d).OnlyEnforceIf(when);
        }
    }

    private static int Decimals(decimal value)
    {
        var d = 0;
        while (value != decimal.Truncate(value))
        {
            value *= 10;
            d++;
        }
        return d;
    }
}
