using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// A smallest set of printed versions that cannot all hold: dropping any one of them lets the others hold. For each
/// member, the counts it could have given the other members alone (what they imply for it); the dropped one is the
/// version left out of the rows.
/// </summary>
public sealed record Contradiction(IReadOnlyList<ContradictionMember> Members, Figure Dropped, int DroppedVersion);

/// <summary>One version of a contradiction, and the counts the other members leave it (none: they exclude it outright).</summary>
public sealed record ContradictionMember(Figure Figure, int Version, CountRange GivenOthers);

/// <summary>What the joint model says of one figure: the counts it can have given every kept figure, and its denominator's range.</summary>
public sealed record JointRange(CountRange Count, CountRange Denominator);

/// <summary>
/// The verdict of a study's joint model. When every version can hold at once, each figure gets the counts it can have
/// given all the others. When not, versions are kept in a fixed order (followed versions first, then others, each in
/// ledger order) while they can hold with those kept before them; each version that cannot is dropped, with a smallest
/// set of kept versions it contradicts. Ranges are then given the kept versions.
/// </summary>
public sealed class JointCheck
{
    /// <summary>The most the solver may spend on one question (can these hold, how low can this count go) before the run ends with a clear error.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private JointCheck(IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, JointRange> ranges, int solves)
    {
        Contradictions = contradictions;
        Ranges = ranges;
        Solves = solves;
    }

    public IReadOnlyList<Contradiction> Contradictions { get; }
    public IReadOnlyDictionary<string, JointRange> Ranges { get; }
    public int Solves { get; }
    public bool IsConsistent => Contradictions.Count == 0;

    /// <summary>
    /// Checks the versions <paramref name="includes"/> lets into the model (a version that fails alone is judged alone);
    /// <paramref name="alone"/> gives the counts each figure's followed version allows by itself, which bound its range.
    /// </summary>
    public static JointCheck Run(Study study, RoundingRule rule, Func<Figure, int, bool> includes, Func<Figure, CountRange> alone)
    {
        var contradictions = new List<Contradiction>();
        var ranges = new Dictionary<string, JointRange>(StringComparer.Ordinal);
        var solves = 0;
        foreach (var part in ModelParts.Split(study))
        {
            if (SingleCount(study, rule, includes, part) is { } single)
            {
                ranges[single.Figure.Id] = new JointRange(single.Count, new CountRange(study.Metadata.Sample.Low, study.Metadata.Sample.High));
                continue;
            }
            var model = new StudyModel(study, rule, includes, part);
            var solver = new ModelSolver(model, Budget);
            var kept = Keep(solver, out var found);
            contradictions.AddRange(found);
            var counts = RangesOf(solver, kept, model.Figures.Select(f => (model.Count(f), Bound(f, kept, alone), $"the count of {f.Id}")).ToList());
            var denominators = new Dictionary<string, CountRange>(StringComparer.Ordinal);
            for (var i = 0; i < model.Figures.Count; i++)
            {
                var f = model.Figures[i];
                var denominator = model.IsWholeSample(f) && study.Metadata.Sample.IsExact
                    ? new CountRange(study.Metadata.Sample.Low, study.Metadata.Sample.High)
                    : Cached(denominators, model.DenominatorKey(f), () => Range(solver, kept, model.Denominator(f), $"the denominator of {f.Id}"));
                ranges[f.Id] = new JointRange(counts[i], denominator);
            }
            solves += solver.Solves;
        }
        return new JointCheck(contradictions, ranges, solves);
    }

    /// <summary>
    /// A part that is one yes/no figure of the whole sample needs no solver: every version bounds the same count out of
    /// the same n, so its range is the intersection of theirs. Null for any other part, or when the intersection is
    /// empty (the solver then names the versions that cannot hold together).
    /// </summary>
    private static (Figure Figure, CountRange Count)? SingleCount(Study study, RoundingRule rule, Func<Figure, int, bool> includes, IReadOnlyList<string> part)
    {
        var figures = study.Figures.Where(f => f.Kind != FigureKind.Aggregate && part.Contains(f.Column)).ToList();
        if (part.Count != 1 || figures.Count != 1 || figures[0] is not { IsBinary: true, Parent: null } f || study.Base(f.Base).Figure is not null || study.Base(f.Base).Column is not null
            || study.Figures.Any(a => a.Kind == FigureKind.Aggregate && a.Parts.Contains(f.Id)))
        {
            return null;
        }
        if (!study.Metadata.Sample.IsExact)
        {
            return null;
        }
        var n = study.Metadata.Sample.Value;
        var count = new CountRange(0, n);
        for (var i = 0; i < f.Versions.Count; i++)
        {
            if (includes(f, i))
            {
                var allowed = PrintedCounts.For(f.Versions[i], n, rule);
                count = new CountRange(Math.Max(count.Min, allowed.Min), Math.Min(count.Max, allowed.Max));
            }
        }
        return count.IsEmpty ? null : (f, count);
    }

    private static CountRange Bound(Figure f, IReadOnlyList<VersionConstraint> kept, Func<Figure, CountRange> alone) =>
        kept.Any(c => c.Figure == f && c.IsPrimary) ? alone(f) : CountRange.Empty;

    private static CountRange Cached(Dictionary<string, CountRange> cache, string key, Func<CountRange> compute) =>
        cache.TryGetValue(key, out var known) ? known : cache[key] = compute();

    /// <summary>
    /// The smallest and largest value of each expression over every solution. Two solutions (every count as low as
    /// possible at once, then as high) settle each end that reaches the bound its figure allows alone, since no
    /// solution can pass that bound; only the other ends take a solve of their own.
    /// </summary>
    private static IReadOnlyList<CountRange> RangesOf(ModelSolver solver, IReadOnlyList<VersionConstraint> kept, IReadOnlyList<(Google.OrTools.Sat.LinearExpr Expression, CountRange Bound, string What)> items)
    {
        if (items.Count == 0 || !solver.IsFeasible(kept, out _))
        {
            return items.Select(_ => CountRange.Empty).ToList();
        }
        var sum = Google.OrTools.Sat.LinearExpr.Sum(items.Select(i => i.Expression));
        var low = solver.Solution(kept, sum);
        var lows = items.Select(i => low.Value(i.Expression)).ToList();
        var high = solver.Solution(kept, -1 * sum);
        var highs = items.Select(i => high.Value(i.Expression)).ToList();
        return items.Select((item, i) =>
        {
            var min = !item.Bound.IsEmpty && lows[i] == item.Bound.Min ? lows[i] : solver.Optimum(kept, item.Expression, maximize: false, item.What)!.Value;
            var max = !item.Bound.IsEmpty && highs[i] == item.Bound.Max ? highs[i] : solver.Optimum(kept, item.Expression, maximize: true, item.What)!.Value;
            return new CountRange((int)min, (int)max);
        }).ToList();
    }

    /// <summary>The versions kept (in order) and, for each dropped one, the smallest set it contradicts.</summary>
    internal static List<VersionConstraint> Keep(ModelSolver solver, out List<Contradiction> contradictions)
    {
        contradictions = [];
        var all = solver.Model.Constraints;
        if (solver.IsFeasible(all, out _))
        {
            return [.. all];
        }
        var kept = new List<VersionConstraint>();
        foreach (var c in all)
        {
            var trial = kept.Append(c).ToList();
            if (solver.IsFeasible(trial, out var core))
            {
                kept.Add(c);
                continue;
            }
            var smallest = Minimal(solver, core.Contains(c) ? core : trial, c);
            var members = smallest.Select(m => new ContradictionMember(m.Figure, m.Index,
                Range(solver, smallest.Where(o => o != m).ToList(), solver.Model.Count(m.Figure), $"the count of {m.Figure.Id} given its contradiction"))).ToList();
            contradictions.Add(new Contradiction(members, c.Figure, c.Index));
        }
        return kept;
    }

    /// <summary>
    /// Deletion filter: from an infeasible set holding <paramref name="dropped"/>, remove each other member whose removal
    /// leaves it infeasible. What is left cannot all hold, and each member is needed (a minimal set).
    /// </summary>
    private static List<VersionConstraint> Minimal(ModelSolver solver, IReadOnlyList<VersionConstraint> conflicting, VersionConstraint dropped)
    {
        var set = conflicting.ToList();
        foreach (var member in conflicting.Where(m => m != dropped).Reverse())
        {
            var without = set.Where(m => m != member).ToList();
            if (!solver.IsFeasible(without, out _))
            {
                set = without;
            }
        }
        return set;
    }

    private static CountRange Range(ModelSolver solver, IReadOnlyList<VersionConstraint> kept, Google.OrTools.Sat.LinearExpr expression, string what)
    {
        var min = solver.Optimum(kept, expression, maximize: false, what);
        var max = solver.Optimum(kept, expression, maximize: true, what);
        return min is null || max is null ? CountRange.Empty : new CountRange((int)min, (int)max);
    }
}
