using System.Globalization;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// Checks a ledger in exact arithmetic: each figure on its own (is there a count that prints as it?),
/// then jointly: the shares of a single-choice question against their base, a nested figure against its
/// parent, and a subgroup's figures against the possible sizes of the subgroup.
/// </summary>
public static class ConsistencyChecker
{
    public static IReadOnlyList<FigureCheck> Check(Study study, RoundingRule rule)
    {
        var checks = study.Figures.ToDictionary(f => f.Id, f => CheckAlone(study, f, rule), StringComparer.Ordinal);
        foreach (var group in SingleChoiceGroups(study))
        {
            CheckSingleChoiceGroup(study, group, rule, checks);
        }
        foreach (var nested in study.Figures.Where(f => f.Kind == FigureKind.Nested))
        {
            CheckNested(study, nested, rule, checks);
        }
        return study.Figures.Select(f => checks[f.Id]).ToList();
    }

    /// <summary>Categorical single-choice figures that share a column and a base: their counts must fit in the base together.</summary>
    public static IEnumerable<IReadOnlyList<Figure>> SingleChoiceGroups(Study study) =>
        study.Figures.Where(f => f.Kind == FigureKind.Single && !f.IsBinary)
            .GroupBy(f => (f.Column, f.Base))
            .Select(g => (IReadOnlyList<Figure>)g.ToList());

    private static FigureCheck CheckAlone(Study study, Figure f, RoundingRule rule)
    {
        var sizes = f.Kind == FigureKind.Nested && f.Of == NestedDenominator.Parent
            ? ParentSizes(study, f, rule)
            : BaseSizes.Of(study, f.Base, rule);
        if (f.Kind == FigureKind.Verbal)
        {
            var i = f.Interval!.Value;
            return new FigureCheck(f, sizes, CountRange.Empty, Verdict.Untestable,
                [$"Printed in words (\"{f.Printed}\"), read as {Pct(i.Low)}–{Pct(i.High)} %: no single count can be tested against it."]);
        }
        if (sizes.Count == 0)
        {
            return new FigureCheck(f, sizes, CountRange.Empty, Verdict.Untestable, [$"The size of base '{f.Base}' cannot be derived from the ledger."]);
        }
        var p = f.Percent!.Value;
        var feasible = Union(sizes, n => FeasibleCounts.For(p, n, rule));
        if (!feasible.IsEmpty)
        {
            return new FigureCheck(f, sizes, feasible, Verdict.Consistent, []);
        }
        var loose = Union(sizes, n => FeasibleCounts.For(p, n, RoundingRule.UpOrDown));
        return loose.IsEmpty
            ? new FigureCheck(f, sizes, feasible, Verdict.Impossible, [$"No count out of {SizesText(sizes)} prints as {p} % under any rounding."])
            : new FigureCheck(f, sizes, loose, Verdict.RoundingLatitude,
                [$"No count out of {SizesText(sizes)} prints as {p} % under {Rounding.Name(rule)} rounding; {loose} does if the publisher rounded the other way."]);
    }

    private static void CheckSingleChoiceGroup(Study study, IReadOnlyList<Figure> group, RoundingRule rule, Dictionary<string, FigureCheck> checks)
    {
        var residual = study.Residual(group[0].Column);
        var printedSum = group.Sum(f => f.Percent!.Value.Value);
        var sizes = BaseSizes.Of(study, group[0].Base, rule);
        var reachable = sizes.Any(n =>
        {
            var ranges = group.Select(f => FeasibleCounts.For(f.Percent!.Value, n, rule)).ToList();
            var min = ranges.Sum(r => r.IsEmpty ? int.MaxValue / 64 : r.Min);
            var max = ranges.Sum(r => r.IsEmpty ? 0 : r.Max);
            return ranges.All(r => !r.IsEmpty) && min <= n && (residual is not null || max >= n);
        });
        var ids = string.Join(", ", group.Select(f => f.Id));
        var sumText = Pct(printedSum);
        var (verdict, reason) = (reachable, residual) switch
        {
            (false, null) when printedSum < 100 => (Verdict.Impossible,
                $"The shares of {ids} add up to {sumText} % and no residual category is declared, so their counts cannot reach the base."),
            (false, _) => (Verdict.Impossible, $"No counts for {ids} print as published and fit in a base of {SizesText(sizes)}."),
            (true, not null) when printedSum <= 100 => (Verdict.Consistent,
                $"The shares of this question add up to {sumText} %; the remaining {Pct(100 - printedSum)} % go to the declared residual category '{residual.Value}'."),
            (true, null) when printedSum == 100 => (Verdict.Consistent, ""),
            _ => (Verdict.RoundingLatitude,
                $"The shares of {ids} add up to {sumText} %; counts that fill the base exactly exist only because each share was rounded."),
        };
        foreach (var f in group)
        {
            Merge(checks, f.Id, verdict, reason);
        }
    }

    private static void CheckNested(Study study, Figure child, RoundingRule rule, Dictionary<string, FigureCheck> checks)
    {
        var parent = study.Figure(child.Parent!);
        var p = child.Percent!.Value;
        foreach (var n in BaseSizes.Of(study, child.Base, rule))
        {
            var parents = FeasibleCounts.For(parent.Percent!.Value, n, rule);
            var fits = child.Of == NestedDenominator.Base
                ? !parents.IsEmpty && FeasibleCounts.For(p, n, rule).Min <= parents.Max
                : Enumerable.Range(parents.Min, parents.Size).Any(m => m > 0 && !FeasibleCounts.For(p, m, rule).IsEmpty);
            if (fits)
            {
                var loose = child.Of == NestedDenominator.Base && p.Value > parent.Percent!.Value.Value;
                Merge(checks, child.Id, loose ? Verdict.RoundingLatitude : Verdict.Consistent,
                    loose ? $"The part ({p} %) is printed above its parent ({parent.Percent} %); it fits only through rounding." : "");
                return;
            }
        }
        Merge(checks, child.Id, Verdict.Impossible, $"No count of {child.Id} fits inside the count of its parent {parent.Id}.");
    }

    private static IReadOnlyList<int> ParentSizes(Study study, Figure f, RoundingRule rule)
    {
        var parent = study.Figure(f.Parent!);
        return BaseSizes.Of(study, f.Base, rule)
            .Select(n => FeasibleCounts.For(parent.Percent!.Value, n, rule))
            .Where(r => !r.IsEmpty)
            .SelectMany(r => Enumerable.Range(r.Min, r.Size))
            .Where(m => m > 0)
            .Distinct()
            .Order()
            .ToList();
    }

    private static void Merge(Dictionary<string, FigureCheck> checks, string id, Verdict verdict, string reason)
    {
        var current = checks[id];
        if (current.Verdict == Verdict.Untestable)
        {
            return;
        }
        var reasons = reason.Length == 0 ? current.Reasons : current.Reasons.Append(reason).ToList();
        checks[id] = current with { Verdict = Verdicts.Worst(current.Verdict, verdict), Reasons = reasons };
    }

    /// <summary>
    /// The hull of the feasible ranges over every possible base size. Both ends of a feasible range only grow with
    /// the base (a count prints lower out of a larger base), so over ascending sizes the hull runs from the first
    /// non-empty range's minimum to the last non-empty range's maximum: found from both ends instead of computing
    /// every range (a subgroup of a million respondents has some ten thousand possible sizes).
    /// </summary>
    private static CountRange Union(IReadOnlyList<int> sizes, Func<int, CountRange> range)
    {
        if (!IsAscending(sizes))
        {
            return sizes.Aggregate(CountRange.Empty, (acc, n) => acc.Union(range(n)));
        }
        for (var first = 0; first < sizes.Count; first++)
        {
            var low = range(sizes[first]);
            if (!low.IsEmpty)
            {
                for (var last = sizes.Count - 1; last > first; last--)
                {
                    var high = range(sizes[last]);
                    if (!high.IsEmpty)
                    {
                        return low.Union(high);
                    }
                }
                return low;
            }
        }
        return CountRange.Empty;
    }

    private static bool IsAscending(IReadOnlyList<int> sizes)
    {
        for (var i = 1; i < sizes.Count; i++)
        {
            if (sizes[i] <= sizes[i - 1])
            {
                return false;
            }
        }
        return true;
    }

    internal static string SizesText(IReadOnlyList<int> sizes) =>
        sizes.Count == 1 ? sizes[0].ToString(CultureInfo.InvariantCulture) : $"{sizes[0]}–{sizes[^1]}";

    internal static string Pct(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
