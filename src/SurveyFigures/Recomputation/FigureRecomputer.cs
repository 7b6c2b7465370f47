using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// Settings of a recomputation: the rounding rule figures are compared under (null: each study's own, from its
/// study.json), and the interval method and level. <see cref="WeightedMethod"/>, when set, is the interval of weighted
/// shares asked for by name (<see cref="IntervalChoice"/>); it applies to weighted studies only.
/// </summary>
public sealed record RecomputeOptions(RoundingRule? Rule = null, IntervalMethod IntervalMethod = IntervalMethod.Wilson, double IntervalLevel = 0.95, WeightedIntervalMethod? WeightedMethod = null)
{
    public RoundingRule RuleFor(Study study) => Rule ?? RoundingRules.Parse(study.Metadata.Rounding);
}

/// <summary>Recomputes every figure of a study from its respondent frame: counts, shares, subgroup and nested shares.</summary>
internal static class FigureRecomputer
{
    /// <summary>Runs the ledger's consistency checks too, for the verdicts; see the overload to reuse checks already made.</summary>
    public static IReadOnlyList<FigureResult> Recompute(Study study, RespondentFrame frame, RecomputeOptions options) =>
        Recompute(study, frame, ConsistencyChecker.Check(study, options.RuleFor(study)), options);

    /// <summary>Recomputes with <paramref name="checks"/> made by <see cref="ConsistencyChecker.Check"/> under the same rule.</summary>
    public static IReadOnlyList<FigureResult> Recompute(Study study, RespondentFrame frame, IReadOnlyList<FigureCheck> checks, RecomputeOptions options)
    {
        IntervalChoice.CheckApplies(study, options);
        var byId = checks.ToDictionary(c => c.Figure.Id, StringComparer.Ordinal);
        return study.Figures.Select(f => Recompute(study, frame, f, byId[f.Id], options)).ToList();
    }

    private static FigureResult Recompute(Study study, RespondentFrame frame, Figure f, FigureCheck check, RecomputeOptions options)
    {
        if (frame.Weights is { } weights)
        {
            // Weighted rows: the sets the weighted share is taken over give the counts too, so they are built once.
            var (domain, counted) = WeightedRowSets(study, frame, f);
            return domain.Count == 0
                ? Result(study, f, 0, 0, check, options)
                : Weighted(study, weights, f, domain, counted, check, options);
        }
        // Counts of row sets read from the frame: |base ∩ item|, or |base ∩ parent ∩ item| for a nested figure.
        var scope = BaseRows(study, frame, f.Base);
        if (f.Kind == FigureKind.Aggregate)
        {
            // Parts are distinct categories of one single-choice column (checked on load), so their counts add up.
            var total = f.Parts.Select(study.Figure).Sum(part => RowMask.CountBoth(scope, frame.Rows(part.Column, part.Value)));
            return Result(study, f, scope.Count, total, check, options);
        }
        var item = frame.Rows(f.Column, f.Value);
        if (f.Parent is not null)
        {
            var inParent = SetRows(study, frame, study.Figure(f.Parent));
            // A nested share of the base keeps the base as denominator; a share of the parent uses the parent's count.
            var baseN = f.Of == NestedDenominator.Parent ? RowMask.CountBoth(scope, inParent) : scope.Count;
            return Result(study, f, baseN, RowMask.CountAll(scope, inParent, item), check, options);
        }
        return Result(study, f, scope.Count, RowMask.CountBoth(scope, item), check, options);
    }

    /// <summary>
    /// The rows of a base: everybody, the members marked in its column, or the respondents its defining figure counts.
    /// Each set is intersected with the sets it lies within, so real microdata holding the value elsewhere never widen it.
    /// </summary>
    private static RowMask BaseRows(Study study, RespondentFrame frame, string baseId)
    {
        var definition = study.Base(baseId);
        if (definition is { Column: { } column, Value: { } value })
        {
            return frame.Rows(column, value);
        }
        return definition.Figure is { } id ? SetRows(study, frame, study.Figure(id)) : frame.AllRows;
    }

    /// <summary>The respondents a figure counts: its value, within its base and, if nested, within its parent's respondents (at any depth).</summary>
    private static RowMask SetRows(Study study, RespondentFrame frame, Figure f)
    {
        var rows = RowMask.Both(BaseRows(study, frame, f.Base), frame.Rows(f.Column, f.Value));
        return f.Parent is null ? rows : RowMask.Both(rows, SetRows(study, frame, study.Figure(f.Parent)));
    }

    private static FigureResult Result(Study study, Figure f, int baseN, int count, FigureCheck check, RecomputeOptions options)
    {
        var percent = baseN == 0 ? 0m : 100m * count / baseN;
        var feasible = baseN == 0 ? CountRange.Empty : PrintedCounts.For(f, baseN, options.RuleFor(study));
        var interval = baseN == 0 ? new ProportionInterval(0, 1) : ProportionInterval.Compute(count, baseN, options.IntervalMethod, options.IntervalLevel);
        return new FigureResult(study.Id, f, baseN, count, percent, feasible, options.IntervalMethod, options.IntervalLevel, interval, check, options.RuleFor(study));
    }

    // Weighted rows: the share is Σw over the figure's respondents / Σw over its base, exact; feasible counts do not apply.
    private static FigureResult Weighted(Study study, WeightedRows weights, Figure f, RowMask domain, RowMask item, FigureCheck check, RecomputeOptions options)
    {
        var (baseN, count) = (domain.Count, RowMask.CountBoth(domain, item));
        var unweighted = 100m * count / baseN;
        var method = options.WeightedMethod ?? WeightedInterval.For(options.IntervalMethod)
            ?? throw new InvalidOperationException($"Study {study.Id} is weighted: its intervals are {ProportionInterval.MethodName(IntervalMethod.Wilson)} (on the effective sample size) or {ProportionInterval.MethodName(IntervalMethod.ClopperPearson)} (Korn–Graubard); {ProportionInterval.MethodName(options.IntervalMethod)} has no design-based form here.");
        var (estimate, part, whole) = weights.Estimate(domain, item);
        var percent = WeightedRows.Percent(part, whole);
        var interval = WeightedInterval.Compute(estimate, method, options.IntervalLevel);
        return new FigureResult(study.Id, f, baseN, count, percent, CountRange.Empty, options.IntervalMethod, options.IntervalLevel, interval, check,
            options.RuleFor(study), new WeightedResult(part, whole, unweighted, estimate, method));
    }

    /// <summary>
    /// The rows a weighted share is taken over (its domain) and the rows it counts, shaped as the counts above: the
    /// base, or the base within the parent for a share of the parent; the item, within the parent for a nested share
    /// of the base, or any part of an aggregate. The figure's count and base are theirs too (parts of an aggregate are
    /// distinct categories of one column, so their union counts their sum). Built only for weighted rows, so unweighted
    /// runs allocate nothing more.
    /// </summary>
    internal static (RowMask Domain, RowMask Item) WeightedRowSets(Study study, RespondentFrame frame, Figure f)
    {
        var scope = BaseRows(study, frame, f.Base);
        if (f.Kind == FigureKind.Aggregate)
        {
            var parts = f.Parts.Select(study.Figure).Select(part => frame.Rows(part.Column, part.Value)).Aggregate(RowMask.Either);
            return (scope, parts);
        }
        var item = frame.Rows(f.Column, f.Value);
        if (f.Parent is null)
        {
            return (scope, item);
        }
        var inParent = SetRows(study, frame, study.Figure(f.Parent));
        return f.Of == NestedDenominator.Parent ? (RowMask.Both(scope, inParent), item) : (scope, RowMask.Both(inParent, item));
    }
}
