using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// The checks on one printed figure: the base sizes it may be a share of, the counts that print as it,
/// and the verdict with its reasons in words.
/// </summary>
public sealed record FigureCheck(Figure Figure, IReadOnlyList<int> BaseSizes, CountRange Feasible, Verdict Verdict, IReadOnlyList<string> Reasons)
{
    public string Reason => string.Join(" ", Reasons);

    /// <summary>Other sources' versions that no count the followed version allows can give (the sources view shows them).</summary>
    public IReadOnlyList<PrintedVersion> Disagreeing { get; init; } = [];
}
