using System.Numerics;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// What weights add to a recomputed figure: the exact sums of (scaled) weights of the figure's respondents and of its
/// base, the unweighted share shown beside the weighted one, the design-based estimate (n_eff, design effect) and the
/// interval method used.
/// </summary>
internal sealed record WeightedResult(BigInteger ItemWeight, BigInteger BaseWeight, decimal UnweightedPercent, DesignEstimate Estimate, WeightedIntervalMethod Method)
{
    /// <summary>Kish's effective sample size of the base, (Σw)²/Σw².</summary>
    public double KishEffectiveSize => Estimate.KishEffectiveSize;

    /// <summary>The design effect (<see cref="DesignEstimate.DesignEffect"/>).</summary>
    public double DesignEffect => Estimate.DesignEffect;
}
