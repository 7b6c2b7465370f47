using System.Globalization;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// Checks a ledger in exact arithmetic: each figure on its own (is there a count that prints as it?), then every
/// figure together in one integer model (<see cref="Joint.JointCheck"/>), which finds the smallest sets of figures
/// that cannot all hold and the counts each figure can have given the others. What the joint model cannot say, the
/// printed sums say: shares that hold only because rounded shares need not add up to 100.
/// </summary>
internal static class ConsistencyChecker
{
    public static IReadOnlyList<FigureCheck> Check(Study study, RoundingRule rule)
    {
        var checks = CheckAlone(study, rule).ToDictionary(c => c.Figure.Id, StringComparer.Ordinal);
        foreach (var group in SingleChoiceGroups(study))
        {
            CheckSingleChoiceGroup(study, group, rule, checks);
        }
        foreach (var nested in study.Figures.Where(f => f.Kind == FigureKind.Nested))
        {
            CheckNested(study, nested, rule, checks);
        }
        foreach (var aggregate in study.Figures.Where(f => f.Kind == FigureKind.Aggregate))
        {
            CheckAggregate(study, aggregate, rule, checks);
        }
        JointVerdicts.Apply(study, rule, checks);
        return study.Figures.Select(f => checks[f.Id]).ToList();
    }

    /// <summary>Each figure on its own, and each other source's version against the followed one: what decides which versions the joint model holds.</summary>
    internal static IReadOnlyList<FigureCheck> CheckAlone(Study study, RoundingRule rule)
    {
        var checks = study.Figures.ToDictionary(f => f.Id, f => CheckAlone(study, f, rule), StringComparer.Ordinal);
        foreach (var figure in study.Figures.Where(f => f.Versions.Count > 1))
        {
            CheckVersions(study, figure, rule, checks);
        }
        return study.Figures.Select(f => checks[f.Id]).ToList();
    }

    /// <summary>Categorical single-choice figures that share a column and a base: their counts must fit in the base together.</summary>
    public static IEnumerable<IReadOnlyList<Figure>> SingleChoiceGroups(Study study) =>
        study.Figures.Where(f => f.Kind == FigureKind.Single && !f.IsBinary && f.Percent is not null)
            .GroupBy(f => (f.Column, f.Base))
            .Select(g => (IReadOnlyList<Figure>)g.ToList());

    /// <summary>The rules a publisher may have used, besides "up or down" (which is not a rule but the absence of one).</summary>
    private static readonly RoundingRule[] NamedRules = Enum.GetValues<RoundingRule>().Where(r => r != RoundingRule.UpOrDown).ToArray();

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
        var feasible = Union(sizes, n => PrintedCounts.For(f, n, rule));
        if (study.Base(f.Base).Column is not null)
        {
            // A share of a subgroup whose size is not published: which sizes it can be a share of is all that can be said.
            var holding = sizes.Where(n => !PrintedCounts.For(f, n, rule).IsEmpty).ToList();
            return new FigureCheck(f, sizes, feasible, holding.Count == 0 ? Verdict.Impossible : Verdict.Untestable,
                [holding.Count == 0
                    ? $"The size of subgroup '{f.Base}' is not published, and no size from 1 to {sizes[^1]} gives a count that prints as {f.PrintedDisplay}."
                    : $"The size of subgroup '{f.Base}' is not published: {f.PrintedDisplay} can be a share of {SizeList(holding, sizes[^1])} respondents, not of the others."]);
        }
        if (f.Primary.Count is not null)
        {
            return feasible.IsEmpty
                ? new FigureCheck(f, sizes, feasible, Verdict.Impossible, [$"Printed as a count, {f.PrintedDisplay}, above the {SizesText(sizes)} respondents of its base."])
                : new FigureCheck(f, sizes, feasible, Verdict.Consistent, [$"Printed as a count ({f.PrintedDisplay}), not a share: no rounding is involved.", .. VagueSampleNote(study, f, sizes, rule)]);
        }
        var p = f.Percent!.Value;
        if (!feasible.IsEmpty)
        {
            List<string> reasons = PrintedCounts.Bounds(f.Primary) is { } bounds
                ? [$"Printed as \"{Qualifiers.Name(f.Qualifier)} {p} %\", read as an exact share in {bounds}."]
                : [];
            return new FigureCheck(f, sizes, feasible, Verdict.Consistent, [.. reasons, .. VagueSampleNote(study, f, sizes, rule)]);
        }
        if (!f.IsPlainNumber)
        {
            return new FigureCheck(f, sizes, feasible, Verdict.Impossible, [$"No count out of {SizesText(sizes)} has a share in {PrintedCounts.Bounds(f.Primary)}."]);
        }
        var others = NamedRules.Where(r => r != rule)
            .Select(r => (Rule: r, Counts: Union(sizes, n => FeasibleCounts.For(p, n, r))))
            .Where(o => !o.Counts.IsEmpty)
            .ToList();
        if (others.Count == 0)
        {
            return new FigureCheck(f, sizes, feasible, Verdict.Impossible, [$"No count out of {SizesText(sizes)} prints as {p} % under any rounding rule."]);
        }
        var near = sizes.Count == 1 ? $" ({Neighbours(p, sizes[0], rule)})" : "";
        var holds = string.Join("; ", others.Select(o => $"{RoundingRules.Name(o.Rule)} ({o.Counts} of {SizesText(sizes)})"));
        return new FigureCheck(f, sizes, others[0].Counts, Verdict.OtherRounding,
            [$"Fails under the study's declared rule, {RoundingRules.Name(rule)}: no count out of {SizesText(sizes)} prints as {p} %{near}. It holds only under another rule: {holds}."]);
    }

    /// <summary>A figure that holds only on the stated reading of a vague sample size says at which of its sizes it holds.</summary>
    private static IEnumerable<string> VagueSampleNote(Study study, Figure f, IReadOnlyList<int> sizes, RoundingRule rule)
    {
        if (study.Metadata.Sample.IsExact)
        {
            yield break;
        }
        var holding = sizes.Where(n => !PrintedCounts.For(f, n, rule).IsEmpty).ToList();
        yield return $"The sample size is printed only vaguely, read as {study.Metadata.Sample}: {f.PrintedDisplay} holds out of {SizeList(holding, sizes[^1])}"
            + (holding.Count == sizes.Count ? ", every base size that reading allows." : $", not out of the other {sizes.Count - holding.Count} base sizes that reading allows.");
    }

    /// <summary>"42 of 540 prints 7.8 %, 43 prints 8.0 %": the two counts either side of a value no count reaches.</summary>
    private static string Neighbours(PrintedPercent p, int n, RoundingRule rule)
    {
        var below = (int)((long)n * p.Scaled / (100 * PrintedPercent.Pow10(p.Decimals)));
        string Printed(int k) => Rounding.Print(k, n, p.Decimals, rule).ToString("F" + p.Decimals, CultureInfo.InvariantCulture);
        return $"{below} of {n} prints {Printed(below)} %, {below + 1} prints {Printed(below + 1)} %";
    }

    private static void CheckSingleChoiceGroup(Study study, IReadOnlyList<Figure> group, RoundingRule rule, Dictionary<string, FigureCheck> checks)
    {
        var residual = study.Residual(group[0].Column);
        var printedSum = group.Sum(f => f.Percent!.Value.Value);
        var sizes = BaseSizes.Of(study, group[0].Base, rule);
        var reachable = sizes.Any(n =>
        {
            var ranges = group.Select(f => PrintedCounts.For(f, n, rule)).ToList();
            var min = ranges.Sum(r => r.IsEmpty ? int.MaxValue / 64 : r.Min);
            var max = ranges.Sum(r => r.IsEmpty ? 0 : r.Max);
            return ranges.All(r => !r.IsEmpty) && min <= n && (residual is not null || max >= n);
        });
        var ids = string.Join(", ", group.Select(f => f.Id));
        var sumText = $"{string.Join(" + ", group.Select(f => Pct(f.Percent!.Value.Value)))} = {Pct(printedSum)} %";
        if (!reachable)
        {
            // The joint model gives the verdict (a contradiction naming these figures); the printed sum says why in words.
            var why = residual is null && printedSum < 100
                ? $"The shares of {ids} add up to {sumText} and no residual category is declared, so their counts cannot reach the base."
                : $"The shares of {ids} add up to {sumText}: no counts that print as published fit together in a base of {SizesText(sizes)}.";
            foreach (var f in group)
            {
                Merge(checks, f.Id, Verdict.Consistent, why);
            }
            return;
        }
        var (verdict, reason) = residual switch
        {
            not null when printedSum <= 100 => (Verdict.Consistent,
                $"The shares of this question add up to {sumText}; the remaining {Pct(100 - printedSum)} % go to the declared residual category '{residual.Value}'."),
            null when printedSum == 100 => (Verdict.Consistent, ""),
            _ => (Verdict.RoundedSum,
                $"The shares of {ids} add up to {sumText}, not 100 %: counts that fill the base exactly exist only because each share was rounded."),
        };
        foreach (var f in group)
        {
            Merge(checks, f.Id, verdict, reason);
        }
    }

    private static void CheckNested(Study study, Figure child, RoundingRule rule, Dictionary<string, FigureCheck> checks)
    {
        var parent = study.Figure(child.Parent!);
        foreach (var n in BaseSizes.Of(study, child.Base, rule))
        {
            var parents = PrintedCounts.For(parent, n, rule);
            var fits = child.Of == NestedDenominator.Base
                ? !parents.IsEmpty && PrintedCounts.For(child, n, rule) is { IsEmpty: false } own && own.Min <= parents.Max
                : Enumerable.Range(parents.Min, parents.Size).Any(m => m > 0 && !PrintedCounts.For(child, m, rule).IsEmpty);
            if (fits)
            {
                var above = child.Of == NestedDenominator.Base && child.IsPlainNumber && parent.IsPlainNumber && child.Percent!.Value.Value > parent.Percent!.Value.Value;
                Merge(checks, child.Id, above ? Verdict.RoundedSum : Verdict.Consistent,
                    above ? $"The part ({child.PrintedDisplay}) is printed above its parent ({parent.PrintedDisplay}); it fits only through rounding." : "");
                return;
            }
        }
        Merge(checks, child.Id, Verdict.Consistent, $"No count of {child.Id} fits inside the count of its parent {parent.Id} ({parent.PrintedDisplay}).");
    }

    /// <summary>An aggregate's count is the sum of its parts' counts: some size must let the parts' feasible sums meet the aggregate's own counts.</summary>
    private static void CheckAggregate(Study study, Figure aggregate, RoundingRule rule, Dictionary<string, FigureCheck> checks)
    {
        var parts = aggregate.Parts.Select(study.Figure).ToList();
        if (parts.Append(aggregate).Any(p => p.Primary.Count is not null))
        {
            // Printed counts add up exactly or not at all: the joint model says which, with no printed sum of shares to show.
            return;
        }
        var partSum = parts.Sum(p => p.Percent?.Value ?? 0);
        var sumText = $"{string.Join(" + ", parts.Select(p => p.PrintedDisplay))} = {Pct(partSum)} %";
        var fits = BaseSizes.Of(study, aggregate.Base, rule).Any(n =>
        {
            var ranges = parts.Select(p => PrintedCounts.For(p, n, rule)).ToList();
            var own = PrintedCounts.For(aggregate, n, rule);
            return ranges.All(r => !r.IsEmpty) && own.Overlaps(new CountRange(ranges.Sum(r => r.Min), ranges.Sum(r => r.Max)));
        });
        var ids = string.Join(" + ", aggregate.Parts);
        if (!fits)
        {
            Merge(checks, aggregate.Id, Verdict.Consistent,
                $"Printed as the sum of {ids}, whose shares add up to {sumText}; no counts of the parts add up to a count that prints as {aggregate.PrintedDisplay}.");
            return;
        }
        var exact = aggregate.IsPlainNumber && parts.All(p => p.IsPlainNumber) && partSum == aggregate.Percent!.Value.Value;
        Merge(checks, aggregate.Id, exact ? Verdict.Consistent : Verdict.RoundedSum, exact
            ? $"The sum of {ids}: {sumText}, as printed."
            : $"The sum of {ids}: {sumText} against {aggregate.PrintedDisplay} printed; the counts agree only because each share was rounded.");
    }

    /// <summary>Every version of an item must allow a count that the primary version allows too; otherwise the sources disagree.</summary>
    private static void CheckVersions(Study study, Figure figure, RoundingRule rule, Dictionary<string, FigureCheck> checks)
    {
        // The sizes the figure's own check already derived (its base, or its parent's counts for a share of the parent).
        var sizes = checks[figure.Id].BaseSizes;
        var disagreeing = figure.OtherVersions
            .Where(version => !sizes.Any(n => PrintedCounts.For(figure.Primary, n, rule).Overlaps(PrintedCounts.For(version, n, rule))))
            .ToList();
        checks[figure.Id] = checks[figure.Id] with { Disagreeing = disagreeing };
        foreach (var version in disagreeing)
        {
            Merge(checks, figure.Id, Verdict.SourcesDisagree,
                $"Sources disagree: {Publishers(study, version)} prints {version.Display} where {Publishers(study, figure.Primary)} prints {figure.PrintedDisplay}, and no count out of {SizesText(sizes)} gives both. The reconstruction follows {Publishers(study, figure.Primary)}.");
        }
    }

    private static string Publishers(Study study, PrintedVersion version) =>
        string.Join(" and ", study.SourcesOf(version).Select(s => s.Publisher));

    private static IReadOnlyList<int> ParentSizes(Study study, Figure f, RoundingRule rule)
    {
        var parent = study.Figure(f.Parent!);
        return BaseSizes.Of(study, f.Base, rule)
            .Select(n => PrintedCounts.For(parent, n, rule))
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
    internal static CountRange Union(IReadOnlyList<int> sizes, Func<int, CountRange> range)
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

    /// <summary>"17, 20, 23, 26–31, … and every size from 43 to 1850": ascending sizes as runs, the first few and the last.</summary>
    internal static string SizeList(IReadOnlyList<int> sizes, int n)
    {
        var runs = new List<CountRange>();
        foreach (var size in sizes)
        {
            runs = runs.Count > 0 && runs[^1].Max == size - 1 ? [.. runs[..^1], runs[^1] with { Max = size }] : [.. runs, new CountRange(size, size)];
        }
        var tail = runs[^1].Max == n && runs.Count > 1 ? runs[^1] : (CountRange?)null;
        var shown = runs.Take(tail is null ? runs.Count : runs.Count - 1).ToList();
        var text = string.Join(", ", shown.Take(8).Select(r => r.ToString()));
        if (shown.Count > 8)
        {
            text += ", …";
        }
        return tail is { } t ? $"{text} and every size from {t.Min} to {n}" : text;
    }

    internal static string SizesText(IReadOnlyList<int> sizes) =>
        sizes.Count == 1 ? sizes[0].ToString(CultureInfo.InvariantCulture) : $"{sizes[0]}–{sizes[^1]}";

    internal static string Pct(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
