using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// One figure recomputed from respondent rows: the count and base it came from, the exact share,
/// the counts that would print the same, an interval for sampling noise, and the ledger's verdict.
/// </summary>
public sealed record FigureResult(
    string StudyId,
    Figure Figure,
    int BaseN,
    int Count,
    decimal ComputedPercent,
    CountRange Feasible,
    IntervalMethod IntervalMethod,
    double IntervalLevel,
    ProportionInterval Interval,
    FigureCheck Check,
    RoundingRule Rule)
{
    /// <summary>Whether the recomputed count is one the primary version allows (<see cref="Feasible"/> holds exactly those counts).</summary>
    public bool MatchesPrinted => BaseN > 0 && Feasible.Contains(Count);

    /// <summary>Whether the rows give back what <paramref name="version"/> printed: its count is one the version allows.</summary>
    public bool Reproduces(PrintedVersion version) => BaseN > 0 && PrintedCounts.For(version, BaseN, Rule).Contains(Count);

    public Verdict Verdict => Check.Verdict;
}
