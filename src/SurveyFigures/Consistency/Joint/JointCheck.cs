using Google.OrTools.Sat;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// A smallest set of printed versions that cannot all hold: dropping any one of them lets the others hold. For each
/// member, the counts it could have given the other members alone (what they imply for it); the dropped one is the
/// version left out of the rows.
/// </summary>
internal sealed record Contradiction(IReadOnlyList<ContradictionMember> Members, Figure Dropped, int DroppedVersion);

/// <summary>One version of a contradiction, and the counts the other members leave it (none: they exclude it outright).</summary>
internal sealed record ContradictionMember(Figure Figure, int Version, CountRange GivenOthers);

/// <summary>What the joint model says of one figure: the counts it can have given every kept figure, and its denominator's range.</summary>
internal sealed record JointRange(CountRange Count, CountRange Denominator);

/// <summary>
/// The verdict of a study's joint model. When every version can hold at once, each figure gets the counts it can have
/// given all the others. When not, versions are kept in a fixed order (followed versions first, then others, each in
/// ledger order) while they can hold with those kept before them; each version that cannot is dropped, with a smallest
/// set of kept versions it contradicts. Ranges are then given the kept versions.
/// </summary>
internal sealed class JointCheck
{
    /// <summary>The most the solver may spend on one question (can these hold, how low can this count go) before the run ends with a clear error.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private JointCheck(IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, JointRange> ranges)
    {
        Contradictions = contradictions;
        Ranges = ranges;
    }

    public IReadOnlyList<Contradiction> Contradictions { get; }
    public IReadOnlyDictionary<string, JointRange> Ranges { get; }
    public bool IsConsistent => Contradictions.Count == 0;

    /// <summary>
    /// Checks the versions <paramref name="includes"/> lets into the model (a version that fails alone is judged alone);
    /// <paramref name="alone"/> gives the counts each figure's followed version allows by itself, which bound its range.
    /// <paramref name="budget"/> is the most one question may take (<see cref="Budget"/> unless a test says otherwise).
    /// </summary>
    public static JointCheck Run(Study study, RoundingRule rule, Func<Figure, int, bool> includes, Func<Figure, CountRange> alone, TimeSpan? budget = null)
    {
        var contradictions = new List<Contradiction>();
        var ranges = new Dictionary<string, JointRange>(StringComparer.Ordinal);
        foreach (var part in ModelParts.Split(study))
        {
            if (SingleCount(study, rule, includes, part) is { } single)
            {
                ranges[single.Figure.Id] = new JointRange(single.Count, new CountRange(study.Metadata.Sample.Low, study.Metadata.Sample.High));
                continue;
            }
            var model = new StudyModel(study, rule, includes, part);
            var solver = new ModelSolver(model, budget ?? Budget);
            var kept = Keep(solver, out var found);
            contradictions.AddRange(found);
            // Every figure's count and each distinct denominator of unknown size, settled together (sizes no figure prints
            // first, see RangesOf). Each is first asked of its own column and the columns defining subgroups
            // (ColumnRelaxation), growing only where needed.
            var items = model.Figures.Select(f => new RangeItem(model.Count(f), Bound(f, kept, alone), $"the count of {f.Id}", model.ColumnOf(f),
                SizeBounds.Reads(model, f) ? model.DenominatorKey(f) : null, f)).ToList();
            var denominatorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var f in model.Figures.Where(f => !model.HasKnownDenominator(f)))
            {
                if (!denominatorIndex.ContainsKey(model.DenominatorKey(f)))
                {
                    denominatorIndex[model.DenominatorKey(f)] = items.Count;
                    var key = SizeBounds.Reads(model, f) ? model.DenominatorKey(f) : null;
                    items.Add(new RangeItem(model.Denominator(f), CountRange.Empty, $"the denominator of {f.Id}", null, key, null)
                    {
                        Guesses = key is null ? null : SizeGuesses.Of(model, key, g => Bound(g, kept, alone)),
                    });
                }
            }
            var settled = RangesOf(solver, kept, items);
            for (var i = 0; i < model.Figures.Count; i++)
            {
                var f = model.Figures[i];
                var denominator = model.HasKnownDenominator(f)
                    ? new CountRange(study.Metadata.Sample.Value, study.Metadata.Sample.Value)
                    : settled[denominatorIndex[model.DenominatorKey(f)]];
                ranges[f.Id] = new JointRange(settled[i], denominator);
            }
        }
        return new JointCheck(contradictions, ranges);
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
                count = count.Intersect(allowed);
            }
        }
        return count.IsEmpty ? null : (f, count);
    }

    private static CountRange Bound(Figure f, IReadOnlyList<VersionConstraint> kept, Func<Figure, CountRange> alone) =>
        kept.Any(c => c.Figure == f && c.IsPrimary) ? alone(f) : CountRange.Empty;

    /// <summary>
    /// One expression whose range is asked: a figure's count (with the bound its followed version allows alone, empty
    /// when that version is not kept, and its own column) or a denominator of unknown size (no bound, no column, no figure).
    /// <paramref name="SizeKey"/> names the subgroup of unprinted size the count lies in, or that the denominator is.
    /// </summary>
    private sealed record RangeItem(LinearExpr Expression, CountRange Bound, string What, string? Column, string? SizeKey, Figure? Figure)
    {
        /// <summary>The version the figure's count follows (null for a denominator).</summary>
        public PrintedVersion? Followed => Figure?.Primary;

        /// <summary>For the size of a subgroup of unprinted size, which columns to ask first about its largest value (<see cref="SizeGuesses"/>).</summary>
        public IReadOnlyDictionary<string, long>? Guesses { get; init; }

        /// <summary>Whether this is the size of a subgroup of unprinted size (settled first).</summary>
        public bool IsSize => Followed is null && Column is null && SizeKey is not null;
    }

    /// <summary>
    /// The smallest and largest value of each expression over every solution. Every solution met on the way (the one
    /// the feasibility check found, two quick ones pushing every count low then high and then pushed further column by
    /// column (<see cref="WitnessPolish"/>), and each optimum) is a witness for all expressions at once: the lowest and
    /// highest values seen so far are reached. An end that reaches the bound its figure allows alone is settled, since no
    /// solution can pass that bound; each other end is asked of a relaxation that grows by columns
    /// (<see cref="ColumnRelaxation"/>), told the witness reaching it so far.
    /// The sizes of subgroups no figure prints go first: once one has its range, a count inside it is bounded by what
    /// its share allows over those sizes alone, and two witnesses push the counts inside it low at its smallest size
    /// and high at its largest, which reaches most of those bounds: the solutions that reached those sizes, each pushed
    /// column by column around its atoms (a witness search first, should none have reached an end). On the generated
    /// benchmark study of unpublished sizes this leaves 12 of some 400 ends to ask, where a witness search of every
    /// count at once left 141. Where they do not, the values from the bound inward are probed before the relaxation is
    /// asked: the bound is usually the end, and a relaxation that does not know the settled sizes has its optimum far
    /// beyond it (the most of item_010 in north, generated benchmark study: 626 over 4 columns, 503 in the end, which
    /// the share allows out of north's largest size).
    /// The sizes are settled side by side, then the other items (<see cref="SettleAll"/>).
    /// </summary>
    private static IReadOnlyList<CountRange> RangesOf(ModelSolver solver, IReadOnlyList<VersionConstraint> kept, IReadOnlyList<RangeItem> items)
    {
        if (items.Count == 0 || solver.AnySolution(kept) is not { } first)
        {
            return items.Select(_ => CountRange.Empty).ToList();
        }
        var seen = new Witnesses(items);
        seen.Observe(first);
        var sum = LinearExpr.Sum(items.Select(i => i.Expression));
        var spare = new ModelSolver(solver.Model, solver.Budget);
        var relaxation = new ColumnRelaxation(solver, kept);
        var sizes = new Dictionary<string, CountRange>(StringComparer.Ordinal);
        seen.Observe(Pair(solver, spare, s => Polished(s, s.Witness(kept, sum, first), items, maximize: false), s => Polished(s, s.Witness(kept, -1 * sum, first), items, maximize: true)));
        var ranges = new CountRange[items.Count];
        var sized = Enumerable.Range(0, items.Count).Where(i => items[i].IsSize).ToList();
        SettleAll(solver, kept, relaxation.Sizes, items, sized, seen, ranges, _ => null);
        foreach (var i in sized)
        {
            var item = items[i];
            if (item.SizeKey is not { } size)
            {
                continue;
            }
            // The range is not stated in later questions: measured on tests/Fixtures/studies/printed-shapes, it left
            // the vague sample's size open for 10 s where it settles in 0.2 s without.
            sizes[size] = ranges[i];
            var insideItems = items.Where(x => !x.IsSize && x.SizeKey == size).ToList();
            var inside = LinearExpr.Sum(insideItems.Select(x => x.Expression));
            var (lowest, highest) = seen.Reaching(i);
            // The solution reaching each end of the size, or failing that one searched for at that end.
            CpSolver? AtEnd(ModelSolver s, bool maximize)
            {
                var (end, reached) = maximize ? (ranges[i].Max, highest) : (ranges[i].Min, lowest);
                var witness = reached.Value == end ? reached.Witness
                    : s.Witness(kept, maximize ? -1 * inside : inside, reached.Witness, relaxation.Sizes.With(size, item.Expression, new CountRange(end, end)));
                return Polished(s, witness, insideItems, maximize);
            }
            seen.Observe(Pair(solver, spare, s => AtEnd(s, maximize: false), s => AtEnd(s, maximize: true)));
        }
        // A witness is pushed column by column only in the columns where it leaves a figure short of its bound (on the
        // shipped studies, none: pushing every column doubled their check's time). A pushed one stays a witness itself
        // (the caller observes what is returned).
        CpSolver? Polished(ModelSolver s, CpSolver? witness, IEnumerable<RangeItem> which, bool maximize)
        {
            if (witness is null)
            {
                return null;
            }
            var open = which.Where(x => x.Figure is not null && (BoundInside(x) ?? x.Bound) is var bound
                && (bound.IsEmpty || ModelSolver.ValueIn(witness, x.Expression) != (maximize ? bound.Max : bound.Min))).Select(x => x.Figure!).ToList();
            if (open.Count == 0)
            {
                return witness;
            }
            seen.Observe(witness);
            return WitnessPolish.Of(s, kept, relaxation.Sizes, witness, open, maximize);
        }
        // Inside a subgroup of settled size, the bound is what the share allows over those sizes: no solution passes it.
        CountRange? BoundInside(RangeItem item) => item is { SizeKey: { } key, Followed: { } followed, Bound.IsEmpty: false } && sizes.TryGetValue(key, out var settled)
            ? item.Bound.Intersect(Across(followed, settled, solver.Model.Rule))
            : null;
        SettleAll(solver, kept, relaxation.Sizes, items, Enumerable.Range(0, items.Count).Where(i => !items[i].IsSize).ToList(), seen, ranges, BoundInside);
        return ranges;
    }

    /// <summary>
    /// Two witness searches at once, the second on a copy of the model of its own: each finds what it would alone (the
    /// same question of the same model, from the same hint), and they come back in order, the low one first.
    /// </summary>
    private static IEnumerable<CpSolver> Pair(ModelSolver solver, ModelSolver spare, Func<ModelSolver, CpSolver?> low, Func<ModelSolver, CpSolver?> high)
    {
        CpSolver? lowFound = null, highFound = null;
        Parallel.Invoke(() => lowFound = low(solver), () => highFound = high(spare));
        return new[] { lowFound, highFound }.OfType<CpSolver>();
    }

    /// <summary>
    /// Settles the given items side by side, each worker asking its own copy of the model (a question's copy is changed
    /// while it is asked). Every end is an optimum proved over every solution, so the ranges do not depend on which worker
    /// settles which end first, nor on the witnesses met on the way: only the number of questions does. A failed
    /// question stops the loop once every earlier item is settled, and the earliest failure is reported, as a loop in
    /// order would. <paramref name="across"/> gives an item's bound over its subgroup's settled sizes, if any: its ends
    /// are then probed from there.
    /// </summary>
    private static void SettleAll(ModelSolver solver, IReadOnlyList<VersionConstraint> kept, SizeBounds bounds, IReadOnlyList<RangeItem> items, IReadOnlyList<int> which,
        Witnesses seen, CountRange[] ranges, Func<RangeItem, CountRange?> across)
    {
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<int, Exception>();
        Parallel.For(0, which.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new ColumnRelaxation(new ModelSolver(solver.Model, solver.Budget), kept, bounds),
            (k, state, worker) =>
            {
                var i = which[k];
                var bound = across(items[i]);
                try
                {
                    ranges[i] = Settle(worker, items[i], i, bound ?? items[i].Bound, seen, probeFromBound: bound is { IsEmpty: false });
                }
                catch (Exception e) when (e is ModelUnsettledException or InvalidOperationException)
                {
                    failures[k] = e;
                    state.Break();
                }
                return worker;
            },
            _ => { });
        if (!failures.IsEmpty)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failures[failures.Keys.Min()]).Throw();
        }
    }

    /// <summary>
    /// The range of one item. An end that a witness already reaches at the bound is settled; any other is probed from
    /// the bound when <paramref name="probeFromBound"/> (the bound is then usually the end), else asked of the
    /// relaxation, told the witness reaching it so far. Each solution found on the way is a witness for every item.
    /// </summary>
    private static CountRange Settle(ColumnRelaxation relaxation, RangeItem item, int i, CountRange bound, Witnesses seen, bool probeFromBound = false)
    {
        long End(bool maximize, long from, (long Value, CpSolver Witness) reached)
        {
            var (value, witness) = (probeFromBound ? relaxation.ProbeOrOpen(item.Expression, maximize, item.What, from, reached, reached.Witness, item.Column) : null)
                ?? relaxation.Optimum(item.Expression, maximize, item.What, item.Column, reached.Witness, reached.Value, item.Guesses)
                ?? throw new InvalidOperationException($"No {(maximize ? "largest" : "smallest")} value for {item.What}.");
            seen.Observe(witness);
            return value;
        }
        // The highest is read after the low end is settled: a solution met on the way may already reach it.
        var lowest = seen.Reaching(i).Lowest;
        var min = bound.IsEmpty || lowest.Value != bound.Min ? End(maximize: false, bound.Min, lowest) : lowest.Value;
        var highest = seen.Reaching(i).Highest;
        var max = bound.IsEmpty || highest.Value != bound.Max ? End(maximize: true, bound.Max, highest) : highest.Value;
        return new CountRange((int)min, (int)max);
    }

    /// <summary>
    /// For each item, the lowest and highest value a solution met so far reaches, and that solution: every solution found
    /// while settling one item is checked against all of them. Shared by the workers, so read and written under a lock.
    /// </summary>
    private sealed class Witnesses(IReadOnlyList<RangeItem> items)
    {
        private readonly (long Value, CpSolver Witness)[] _lows = new (long, CpSolver)[items.Count];
        private readonly (long Value, CpSolver Witness)[] _highs = new (long, CpSolver)[items.Count];
        private readonly Lock _lock = new();
        private bool _any;

        public void Observe(IEnumerable<CpSolver> witnesses)
        {
            foreach (var witness in witnesses)
            {
                Observe(witness);
            }
        }

        public void Observe(CpSolver witness)
        {
            var values = items.Select(i => ModelSolver.ValueIn(witness, i.Expression)).ToArray();
            lock (_lock)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (!_any || values[i] < _lows[i].Value)
                    {
                        _lows[i] = (values[i], witness);
                    }
                    if (!_any || values[i] > _highs[i].Value)
                    {
                        _highs[i] = (values[i], witness);
                    }
                }
                _any = true;
            }
        }

        public ((long Value, CpSolver Witness) Lowest, (long Value, CpSolver Witness) Highest) Reaching(int i)
        {
            lock (_lock)
            {
                return (_lows[i], _highs[i]);
            }
        }
    }

    /// <summary>
    /// The counts a version allows over every denominator in a range: from the least it allows out of the smallest size
    /// that prints it to the most out of the largest (both ends move up with the size).
    /// </summary>
    internal static CountRange Across(PrintedVersion version, CountRange sizes, RoundingRule rule)
    {
        var low = Enumerable.Range(sizes.Min, sizes.Size).Select(n => PrintedCounts.For(version, n, rule)).FirstOrDefault(r => !r.IsEmpty, CountRange.Empty);
        var high = Enumerable.Range(sizes.Min, sizes.Size).Reverse().Select(n => PrintedCounts.For(version, n, rule)).FirstOrDefault(r => !r.IsEmpty, CountRange.Empty);
        return low.IsEmpty ? CountRange.Empty : new CountRange(low.Min, high.Max);
    }

    /// <summary>The versions kept (in order) and, for each dropped one, the smallest set it contradicts.</summary>
    internal static List<VersionConstraint> Keep(ModelSolver solver, out List<Contradiction> contradictions)
    {
        contradictions = [];
        var all = solver.Model.Constraints;
        if (solver.Holds(all, out _))
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

    private static CountRange Range(ModelSolver solver, IReadOnlyList<VersionConstraint> kept, LinearExpr expression, string what)
    {
        var min = solver.Optimum(kept, expression, maximize: false, what);
        var max = solver.Optimum(kept, expression, maximize: true, what);
        return min is null || max is null ? CountRange.Empty : new CountRange((int)min, (int)max);
    }
}
