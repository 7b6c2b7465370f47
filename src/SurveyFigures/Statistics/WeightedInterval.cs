using MathNet.Numerics.Distributions;

namespace SurveyFigures.Statistics;

/// <summary>How <see cref="WeightedInterval.Compute"/> builds an interval for a weighted proportion.</summary>
public enum WeightedIntervalMethod
{
    /// <summary>Wilson's score interval with Kish's effective sample size in place of n: <c>wilson-n-eff</c>.</summary>
    Wilson,

    /// <summary>Korn–Graubard: Clopper–Pearson on the design-based effective size, as <c>svyciprop(method = "beta")</c>: <c>korn-graubard</c>.</summary>
    KornGraubard,

    /// <summary>Wald on the logit scale with the design-based variance and a t quantile, as <c>svyciprop(method = "logit")</c>: <c>logit</c>.</summary>
    Logit,
}

/// <summary>
/// Intervals for a weighted proportion (<see cref="DesignEstimate"/>), matching R survey 4.1.1's <c>svyciprop</c>
/// for <c>beta</c> and <c>logit</c>; Wilson on Kish's n_eff, which survey 4.1.1 does not offer, is the textbook
/// formula. See tests/SurveyFigures.Tests/Statistics/reference/make_weighted_references.R.
/// </summary>
internal static class WeightedInterval
{
    /// <summary>
    /// The weighted method an unweighted choice stands for: Wilson stays Wilson (on n_eff) and Clopper–Pearson becomes
    /// its design-based form, Korn–Graubard. Jeffreys and Agresti–Coull have no design-based form here: null.
    /// </summary>
    public static WeightedIntervalMethod? For(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => WeightedIntervalMethod.Wilson,
        IntervalMethod.ClopperPearson => WeightedIntervalMethod.KornGraubard,
        _ => null,
    };

    public static string MethodName(WeightedIntervalMethod method) => method switch
    {
        WeightedIntervalMethod.Wilson => "wilson-n-eff",
        WeightedIntervalMethod.KornGraubard => "korn-graubard",
        WeightedIntervalMethod.Logit => "logit",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>
    /// The two-sided interval at <paramref name="level"/>. Where R gives no number the interval says so as [0, 1]: no
    /// degrees of freedom left (one PSU) for the design-based methods. When the share is 0 or 1 the design variance is
    /// 0: Korn–Graubard then takes the rows as the effective size (Korn &amp; Graubard 1998), and the logit interval is
    /// the point itself.
    /// </summary>
    public static ProportionInterval Compute(DesignEstimate e, WeightedIntervalMethod method, double level = 0.95)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"The confidence level must be strictly between 0 and 1 (e.g. 0.95); got level = {level}.");
        }
        var halfAlpha = (1 - level) / 2;
        var p = e.Proportion;
        var interval = method switch
        {
            WeightedIntervalMethod.Wilson => Wilson(p, e.KishEffectiveSize, -Normal.InvCDF(0, 1, halfAlpha)),
            _ when e.DegreesOfFreedom <= 0 => new ProportionInterval(0, 1),
            WeightedIntervalMethod.KornGraubard => KornGraubard(e, halfAlpha),
            WeightedIntervalMethod.Logit => Logit(e, halfAlpha),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };
        return new ProportionInterval(Math.Clamp(interval.Low, 0, 1), Math.Clamp(interval.High, 0, 1));
    }

    private static ProportionInterval Wilson(double p, double n, double z)
    {
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var center = (p + z2 / (2 * n)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new ProportionInterval(p == 0 ? 0 : center - half, p == 1 ? 1 : center + half);
    }

    // svyciprop "beta": n_eff = p(1 − p)/var, scaled by (t_{α/2, rows−1} / t_{α/2, df})², then Clopper–Pearson's Beta quantiles.
    private static ProportionInterval KornGraubard(DesignEstimate e, double halfAlpha)
    {
        var p = e.Proportion;
        var nEff = e.Variance > 0 ? p * (1 - p) / e.Variance : e.Rows;
        if (e.DegreesOfFreedom != e.Rows - 1)
        {
            var ratio = StudentT.InvCDF(0, 1, e.Rows - 1, halfAlpha) / StudentT.InvCDF(0, 1, e.DegreesOfFreedom, halfAlpha);
            nEff *= ratio * ratio;
        }
        return new ProportionInterval(
            p == 0 ? 0 : ProportionInterval.BetaQuantile(nEff * p, nEff * (1 - p) + 1, halfAlpha, upperTail: false),
            p == 1 ? 1 : ProportionInterval.BetaQuantile(nEff * p + 1, nEff * (1 - p), halfAlpha, upperTail: true));
    }

    // svyciprop "logit": the intercept of a quasi-binomial svyglm is logit(p), its sandwich SE is √var / (p(1 − p)),
    // and confint(method = "Wald", ddf = df) uses the t quantile on df degrees of freedom.
    private static ProportionInterval Logit(DesignEstimate e, double halfAlpha)
    {
        var p = e.Proportion;
        if (p is 0 or 1)
        {
            return new ProportionInterval(p, p);
        }
        var se = Math.Sqrt(e.Variance) / (p * (1 - p));
        var t = -StudentT.InvCDF(0, 1, e.DegreesOfFreedom, halfAlpha);
        var logit = Math.Log(p / (1 - p));
        return new ProportionInterval(Expit(logit - t * se), Expit(logit + t * se));
    }

    private static double Expit(double x) => 1 / (1 + Math.Exp(-x));
}
