using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// The checks on one printed figure: the base sizes it may be a share of, the counts that print as it,
/// and the verdict with its reasons in words.
/// </summary>
internal sealed record FigureCheck(Figure Figure, IReadOnlyList<int> BaseSizes, CountRange Feasible, Verdict Verdict, IReadOnlyList<string> Reasons)
{
    public string Reason => string.Join(" ", Reasons);

    /// <summary>Other sources' versions that no count the followed version allows can give (the sources view shows them).</summary>
    public IReadOnlyList<PrintedVersion> Disagreeing { get; init; } = [];

    /// <summary>The counts the figure can have given every other figure the joint model keeps (its minimum and maximum over all solutions).</summary>
    public CountRange Joint { get; init; } = CountRange.Empty;

    /// <summary>The sizes its denominator can have given every kept figure: its base, or its parent's count.</summary>
    public CountRange JointDenominator { get; init; } = CountRange.Empty;

    /// <summary>The other figures of each smallest set this figure cannot hold together with (empty when it holds with all).</summary>
    public IReadOnlyList<string> ContradictedBy { get; init; } = [];

    /// <summary>Whether the followed version was left out of the rows because it contradicts figures kept before it.</summary>
    public bool Dropped { get; init; }
}
