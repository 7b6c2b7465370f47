using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// Settings of a recomputation: the rounding rule figures are compared under (null: each study's own, from its
/// study.json), and the interval method and level.
/// </summary>
public sealed record RecomputeOptions(RoundingRule? Rule = null, IntervalMethod IntervalMethod = IntervalMethod.Wilson, double IntervalLevel = 0.95)
{
    public RoundingRule RuleFor(Study study) => Rule ?? Rounding.Parse(study.Metadata.Rounding);
}

/// <summary>Recomputes every figure of a study from its respondent frame: counts, shares, subgroup and nested shares.</summary>
public static class FigureRecomputer
{
    /// <summary>Runs the ledger's consistency checks too, for the verdicts; see the overload to reuse checks already made.</summary>
    public static IReadOnlyList<FigureResult> Recompute(Study study, RespondentFrame frame, RecomputeOptions options) =>
        Recompute(study, frame, ConsistencyChecker.Check(study, options.RuleFor(study)), options);

    /// <summary>Recomputes with <paramref name="checks"/> made by <see cref="ConsistencyChecker.Check"/> under the same rule.</summary>
    public static IReadOnlyList<FigureResult> Recompute(Study study, RespondentFrame frame, IReadOnlyList<FigureCheck> checks, RecomputeOptions options)
    {
        var byId = checks.ToDictionary(c => c.Figure.Id, StringComparer.Ordinal);
        return study.Figures.Select(f => Recompute(study, frame, f, byId[f.Id], options)).ToList();
    }

    private static FigureResult Recompute(Study study, RespondentFrame frame, Figure f, FigureCheck check, RecomputeOptions options)
    {
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
            var parent = study.Figure(f.Parent);
            var inParent = frame.Rows(parent.Column, parent.Value);
            // A nested share of the base keeps the base as denominator; a share of the parent uses the parent's count.
            var baseN = f.Of == NestedDenominator.Parent ? RowMask.CountBoth(scope, inParent) : scope.Count;
            return Result(study, f, baseN, RowMask.CountAll(scope, inParent, item), check, options);
        }
        return Result(study, f, scope.Count, RowMask.CountBoth(scope, item), check, options);
    }

    private static RowMask BaseRows(Study study, RespondentFrame frame, string baseId)
    {
        var definition = study.Base(baseId);
        if (definition is { Column: { } column, Value: { } value })
        {
            return frame.Rows(column, value);
        }
        if (definition.Figure is not { } id)
        {
            return frame.AllRows;
        }
        var defining = study.Figure(id);
        return frame.Rows(defining.Column, defining.Value);
    }

    private static FigureResult Result(Study study, Figure f, int baseN, int count, FigureCheck check, RecomputeOptions options)
    {
        var feasible = baseN == 0 ? CountRange.Empty : PrintedCounts.For(f, baseN, options.RuleFor(study));
        var interval = baseN == 0 ? new ProportionInterval(0, 1) : ProportionInterval.Compute(count, baseN, options.IntervalMethod, options.IntervalLevel);
        var percent = baseN == 0 ? 0m : 100m * count / baseN;
        return new FigureResult(study.Id, f, baseN, count, percent, feasible, options.IntervalMethod, options.IntervalLevel, interval, check, options.RuleFor(study));
    }
}
