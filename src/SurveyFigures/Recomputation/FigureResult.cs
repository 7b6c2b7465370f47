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
    /// <summary>Whether the recomputed share prints as the published figure (inside the interval we read a verbal figure as).</summary>
    public bool MatchesPrinted => Figure.Percent is { } p
        ? Rounding.Matches(Count, BaseN, p, Rule)
        : InsideVerbalInterval();

    private bool InsideVerbalInterval() => Figure.Interval is { } i && ComputedPercent >= i.Low && ComputedPercent <= i.High;

    public Verdict Verdict => Check.Verdict;
}
