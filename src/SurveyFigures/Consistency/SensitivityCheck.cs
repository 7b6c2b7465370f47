using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>Whether one rounding rule lets some count of the base print as the figure, and which counts.</summary>
internal sealed record RuleOutcome(RoundingRule Rule, bool Holds, CountRange Counts);

/// <summary>
/// How robust a figure's arithmetic is: at which base sizes around the actual one the figure stops (or starts) being
/// printable from a whole count under the study's rule, and which rounding rules keep it at the actual size.
/// </summary>
internal sealed record SensitivityResult(Figure Figure, RoundingRule Rule, IReadOnlyList<int> Sizes, bool Holds, int? ChangesBelow, int? ChangesAbove, int SearchedFrom, int SearchedTo, IReadOnlyList<RuleOutcome> Rules);

/// <summary>Computes <see cref="SensitivityResult"/> for one figure on its own (joint checks are the consistency checker's).</summary>
internal static class SensitivityCheck
{
    public static SensitivityResult For(Study study, Figure figure, RoundingRule rule)
    {
        var sizes = BaseSizes.Of(study, figure.Base, rule);
        if (sizes.Count == 0)
        {
            sizes = study.Metadata.Sample.Sizes.ToList();
        }
        bool HoldsAt(int n, RoundingRule r) => !PrintedCounts.For(figure, n, r).IsEmpty;
        var holds = sizes.Any(n => HoldsAt(n, rule));
        // Search from 1 to twice the largest size: far enough to show whether the verdict is fragile.
        var (low, high) = (sizes.Min(), sizes.Max());
        var to = 2 * high;
        int? FirstChange(IEnumerable<int> candidates) => candidates.Select(n => (int?)n).FirstOrDefault(n => HoldsAt(n!.Value, rule) != holds);
        var below = FirstChange(Enumerable.Range(1, low - 1).Reverse());
        var above = FirstChange(Enumerable.Range(high + 1, to - high));
        var rules = Enum.GetValues<RoundingRule>().Select(r =>
        {
            var counts = ConsistencyChecker.Union(sizes, n => PrintedCounts.For(figure, n, r));
            return new RuleOutcome(r, !counts.IsEmpty, counts);
        }).ToList();
        return new SensitivityResult(figure, rule, sizes, holds, below, above, 1, to, rules);
    }
}
