namespace SurveyFigures.Statistics;

/// <summary>
/// How <see cref="ProportionInterval.Compute"/> builds a confidence interval for a binomial proportion k/n.
/// Canonical names (used as <c>ci_method</c> in output CSVs) come from <see cref="ProportionInterval.MethodName"/>
/// and are read back by <see cref="ProportionInterval.ParseMethod"/>.
/// </summary>
public enum IntervalMethod
{
    /// <summary>Wilson score interval (the default): <c>wilson</c>.</summary>
    Wilson = 0,

    /// <summary>Clopper–Pearson "exact" interval from Beta quantiles: <c>clopper-pearson</c>.</summary>
    ClopperPearson,

    /// <summary>Jeffreys interval, equal-tailed Beta(k+½, n−k+½) quantiles, 0 at k = 0 and 1 at k = n: <c>jeffreys</c>.</summary>
    Jeffreys,

    /// <summary>Agresti–Coull ("add z²/2 successes and failures") interval, clipped to [0, 1]: <c>agresti-coull</c>.</summary>
    AgrestiCoull,
}
