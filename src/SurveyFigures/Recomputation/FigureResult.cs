using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// One figure recomputed from respondent rows: the count and base it came from, the exact share,
/// the counts that would print the same, an interval for sampling noise, and the ledger's verdict. For weighted rows
/// the share and interval are the weighted ones, <see cref="Feasible"/> is empty (counts do not apply) and
/// <see cref="Weighted"/> holds the rest.
/// </summary>
internal sealed record FigureResult(
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
    RoundingRule Rule,
    WeightedResult? Weighted = null)
{
    /// <summary>
    /// Whether the rows give back the primary version: unweighted, the count is one it allows (<see cref="Feasible"/>
    /// holds exactly those counts); weighted, the weighted share prints as it (<see cref="Reproduces"/>).
    /// </summary>
    public bool MatchesPrinted => Weighted is null ? BaseN > 0 && Feasible.Contains(Count) : Reproduces(Figure.Primary);

    /// <summary>
    /// Whether the rows give back what <paramref name="version"/> printed: its count is one the version allows or, for
    /// weighted rows, the exact weighted share rounds to it under the study's rule. A printed count of respondents is
    /// always compared with the unweighted count.
    /// </summary>
    public bool Reproduces(PrintedVersion version) => BaseN > 0 && (Weighted is { } w && version.Count is null
        ? WeightedShareCheck.Prints(version, w.ItemWeight, w.BaseWeight, Rule)
        : PrintedCounts.For(version, BaseN, Rule).Contains(Count));

    public Verdict Verdict => Check.Verdict;
}
