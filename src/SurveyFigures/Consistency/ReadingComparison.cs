using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// One reading of an ambiguous nested figure ("88 %, dont 70 %"): what it is a share of, the counts it
/// allows, and what it implies as a share of the whole base and of the parent.
/// </summary>
internal sealed record ReadingOutcome(
    Figure Figure,
    NestedDenominator Reading,
    bool Chosen,
    CountRange Counts,
    decimal ShareOfBaseLow,
    decimal ShareOfBaseHigh,
    decimal ShareOfParentLow,
    decimal ShareOfParentHigh,
    Verdict Verdict);

/// <summary>Computes both readings of every nested figure side by side, from the ledger alone.</summary>
internal static class ReadingComparison
{
    public static IReadOnlyList<ReadingOutcome> Compare(Study study, RoundingRule rule) =>
        // A reading is a question of what a share is of; a printed count is the same whatever it is out of.
        study.Figures.Where(f => f.Kind == FigureKind.Nested && f.Percent is not null && study.Figure(f.Parent!).Percent is not null)
            .SelectMany(f => new[] { Outcome(study, f, NestedDenominator.Base, rule), Outcome(study, f, NestedDenominator.Parent, rule) })
            .ToList();

    private static ReadingOutcome Outcome(Study study, Figure child, NestedDenominator reading, RoundingRule rule)
    {
        // A base of several possible sizes (a subgroup, or a sample printed vaguely) is read at its middle one.
        var sizes = BaseSizes.Of(study, child.Base, rule);
        var n = sizes.Count > 0 ? sizes[sizes.Count / 2] : study.Metadata.Sample.Low;
        var parents = FeasibleCounts.For(study.Figure(child.Parent!).Percent!.Value, n, rule);
        var p = child.Percent!.Value;
        CountRange counts;
        if (reading == NestedDenominator.Base)
        {
            var own = FeasibleCounts.For(p, n, rule);
            counts = own.IsEmpty || parents.IsEmpty ? CountRange.Empty : new CountRange(own.Min, Math.Min(own.Max, parents.Max));
        }
        else
        {
            counts = parents.IsEmpty ? CountRange.Empty : Enumerable.Range(parents.Min, parents.Size).Where(m => m > 0)
                .Aggregate(CountRange.Empty, (acc, m) => acc.Union(FeasibleCounts.For(p, m, rule)));
        }
        var verdict = counts.IsEmpty ? Verdict.Impossible : Verdict.Consistent;
        if (counts.IsEmpty)
        {
            return new ReadingOutcome(child, reading, child.Of == reading, counts, 0, 0, 0, 0, verdict);
        }
        return new ReadingOutcome(child, reading, child.Of == reading, counts,
            Share(counts.Min, n), Share(counts.Max, n),
            Math.Min(100, Share(counts.Min, parents.Max)), Math.Min(100, Share(counts.Max, parents.Min)), verdict);
    }

    private static decimal Share(int k, int n) => Math.Round(100m * k / n, 1, MidpointRounding.AwayFromZero);
}
