using Google.OrTools.Sat;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// Exact questions (can the kept versions hold, how far can an expression go) asked first of a relaxation that grows by
/// columns. With the atoms' sizes fixed, a column that defines no subgroup constrains no other column, so a question is
/// asked of the versions on the subgroups' columns and on the question's own column. The answer's atoms are then tried
/// in every other column: if each can be filled, the answer extends to a solution of every kept version, and a
/// relaxation's optimum that a whole solution reaches is the whole model's optimum. If some columns cannot be filled
/// around those atoms, they join the relaxation and it is asked again. Each round adds a column, so the worst case is
/// the whole model, asked as before. On studies printed from rows most questions settle in the first round.
/// </summary>
/// <param name="sizes">Bounds stated in every question (by default the floors of <see cref="SizeBounds.Of"/>).</param>
internal sealed class ColumnRelaxation(ModelSolver solver, IReadOnlyList<VersionConstraint> kept, SizeBounds? sizes = null)
{
    private readonly IReadOnlySet<string> _structural = solver.Model.Groups.Columns;

    /// <summary>
    /// Stated in every question, whatever columns it keeps: how small each subgroup of unprinted size can be given every
    /// kept share of it, including those on columns a relaxation leaves out.
    /// </summary>
    public SizeBounds Sizes { get; } = sizes ?? SizeBounds.Of(solver.Model, kept);

    // The kept versions as a column model's filter: every column of every round is checked with it.
    private readonly Func<Figure, int, bool> _keeps = StudyModel.Keeps(kept);

    // Every column with a kept version, in the kept versions' order (the order columns join a relaxation in).
    private readonly List<string> _columns = kept.Select(c => solver.Model.ColumnOf(c.Figure)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Columns that joined a relaxation over all questions asked so far (tests check the growing path is taken).</summary>
    public int ColumnsAdded { get; private set; }

    /// <summary>
    /// The smallest or largest value of <paramref name="expression"/> (any solution when null) over every solution of the
    /// kept versions, and a solution reaching it; null when the kept versions have no solution. <paramref name="column"/>
    /// is the expression's own column (null for a denominator, which only the subgroups' columns decide);
    /// <paramref name="seen"/>, a value a solution already reaches, is the answer as soon as a relaxation cannot pass it.
    /// <paramref name="guesses"/>, when given, are a guess at the largest value each column allows alone
    /// (<see cref="SizeGuesses"/>): the columns that bound a largest value are then asked from the smallest guess up.
    /// </summary>
    public (long Value, CpSolver Witness)? Optimum(LinearExpr? expression, bool maximize, string what, string? column, CpSolver? hint, long? seen = null,
        IReadOnlyDictionary<string, long>? guesses = null)
    {
        var active = new HashSet<string>(_structural, StringComparer.Ordinal);
        if (column is not null)
        {
            active.Add(column);
        }
        while (true)
        {
            var near = On(active);
            var whole = near.Count == kept.Count;
            var question = whole ? what : $"{what} among the versions of {active.Count} columns";
            // A relaxation leaves out the other columns (ModelSolver.Relevant); a whole question's solution is a witness, so it keeps them.
            var within = whole ? null : active;
            var (answer, final) = expression is null
                ? (Ask(near, expression, maximize, question, hint, within), false)
                : Bounded(near, within, expression, maximize, what, question, hint, seen, column);
            if (final || whole || answer is not { } relaxed)
            {
                return answer;
            }
            if (relaxed.Value == seen && hint is not null)
            {
                return (relaxed.Value, hint);
            }
            if (Extend(relaxed.Witness, active) is { } extended)
            {
                return (relaxed.Value, extended);
            }
            // The optimum's atoms are often extreme (an empty corner where the other columns need respondents): the
            // atoms of a solution at the same value nearest a centre are tried before growing the relaxation. The centre
            // is a solution of every version when one is known, else the atoms independence gives the subgroups' sizes
            // (NearIndependence).
            var nearest = hint is null ? NearIndependence(near, within, expression, relaxed) : solver.Nearest(near, expression, relaxed.Value, Atoms(hint), relaxed.Witness, Sizes, within) ?? relaxed.Witness;
            if (nearest != relaxed.Witness && Extend(nearest, active) is { } nearWhole)
            {
                return (relaxed.Value, nearWhole);
            }
            var atoms = solver.Model.Atoms.ToDictionary(a => a.Key, a => (int)ModelSolver.ValueIn(nearest, a.Value));
            var failing = _columns.Where(c => !active.Contains(c) && !Fills(c, atoms)).ToList();
            if (expression is not null && failing.Count > 1 && ColumnByColumn(active, failing, expression, maximize, what, relaxed.Value, seen, hint, column, maximize ? guesses : null) is { } probed)
            {
                return probed;
            }
            // Every column fills alone around these atoms yet not all together: something ties columns beyond the atoms,
            // so the relaxation cannot be trusted to grow to an answer; the whole model is asked.
            ColumnsAdded += failing.Count == 0 ? _columns.Count - active.Count : failing.Count;
            active.UnionWith(failing.Count == 0 ? _columns : failing);
        }
    }

    /// <summary>
    /// The optimum over <paramref name="near"/>, by a bounded search first. When that does not prove it, its bound holds
    /// for the whole model too (the versions asked are some of the kept ones), and the values from it inward are probed:
    /// a probed answer is the whole model's (<c>Final</c>). When probing gives none (a relaxation's bound can lie far
    /// beyond the optimum), the question is asked as before, with the whole budget.
    /// </summary>
    private ((long Value, CpSolver Witness)? Answer, bool Final) Bounded(IReadOnlyList<VersionConstraint> near, IReadOnlySet<string>? within, LinearExpr expression, bool maximize, string what, string question, CpSolver? hint, long? seen, string? column)
    {
        var whole = within is null;
        if (solver.Attempt(near, expression, maximize, question, hint, Sizes, within) is not { } attempt)
        {
            return (Ask(near, expression, maximize, question, hint, within), false);
        }
        switch (attempt.Status)
        {
            case CpSolverStatus.Optimal:
                return ((attempt.Bound, attempt.Solver), false);
            case CpSolverStatus.Infeasible:
                return (null, false);
        }
        // A solution the search found over every version reaches its value; one over fewer versions may not.
        var reached = whole && attempt.Status == CpSolverStatus.Feasible ? ((long)Math.Round(attempt.Solver.ObjectiveValue), attempt.Solver)
            : Reached(seen, hint);
        return ProbeOrOpen(expression, maximize, what, attempt.Bound, reached, hint, column) is { } probed
            ? (probed, true)
            : (Ask(near, expression, maximize, question, hint, within), false);
    }

    /// <summary>
    /// The optimum when several columns cannot be filled around a relaxed answer: each such column joins the relaxation
    /// alone (a small question each), and the tightest of their optima is a bound for the whole model, since each asks
    /// some of the kept versions. The values from that bound inward are then probed. Asking all those columns at once
    /// is one large question that CP-SAT settles slowly or not at all (the largest size of a subgroup of unprinted size,
    /// decided by 30 columns of 32 whole-percent shares each: 1.7–2 s of bounded search for a bound, 30 small ones 0.4 s).
    /// Null when probing gives no answer: the relaxation then grows as before.
    /// With <paramref name="guesses"/> (a largest value), the column guessed tightest is asked first, and its bound is
    /// tried at once: a whole solution reaching it proves it the optimum, and the other columns need not be asked (the
    /// largest size of a subgroup of unprinted size in the generated benchmark study: 2 questions instead of 32).
    /// </summary>
    private (long Value, CpSolver Witness)? ColumnByColumn(HashSet<string> active, IReadOnlyList<string> failing, LinearExpr expression, bool maximize, string what, long relaxed, long? seen, CpSolver? hint, string? column,
        IReadOnlyDictionary<string, long>? guesses)
    {
        var bound = relaxed;
        var ordered = guesses is null ? failing : failing.OrderBy(c => guesses.GetValueOrDefault(c, long.MaxValue)).ToList();
        var first = true;
        foreach (var other in ordered)
        {
            var within = new HashSet<string>(active, StringComparer.Ordinal) { other };
            if (solver.Attempt(On(within), expression, maximize, $"{what} among the versions of {active.Count + 1} columns", hint, Sizes, within) is not { } attempt)
            {
                continue;
            }
            if (attempt.Status == CpSolverStatus.Infeasible)
            {
                return null;
            }
            bound = maximize ? Math.Min(bound, attempt.Bound) : Math.Max(bound, attempt.Bound);
            if (guesses is not null && first && Reaches(expression, bound, what, hint, column) is { } reached)
            {
                return (bound, reached);
            }
            first = false;
        }
        return ProbeOrOpen(expression, maximize, what, bound, Reached(seen, hint), hint, column);
    }

    /// <summary>The kept versions on the given columns: what a relaxation over them asks.</summary>
    private List<VersionConstraint> On(IReadOnlySet<string> columns) => kept.Where(c => columns.Contains(solver.Model.ColumnOf(c.Figure))).ToList();

    /// <summary>
    /// A solution of every kept version with the expression at <paramref name="value"/>, asked of a relaxation that
    /// grows by columns (the first value <see cref="Probe"/> tries); null when there is none.
    /// </summary>
    private CpSolver? AtValue(LinearExpr expression, long value, string what, CpSolver? hint, string? column) =>
        new ColumnRelaxation(solver, kept, Sizes.With("a probed value", expression, new CountRange((int)value, (int)value)))
            .Optimum(expression: null, maximize: false, $"{what} at {value}", column, hint)?.Witness;

    /// <summary><see cref="AtValue"/>, or null when it is not settled within the budget (the other columns are then asked, as without a guess).</summary>
    private CpSolver? Reaches(LinearExpr expression, long value, string what, CpSolver? hint, string? column)
    {
        try
        {
            return AtValue(expression, value, what, hint, column);
        }
        catch (ModelUnsettledException)
        {
            return null;
        }
    }

    /// <summary>The value a known solution reaches, when the caller gave both (<c>seen</c> is what <c>hint</c> reaches).</summary>
    private static (long Value, CpSolver Witness)? Reached(long? seen, CpSolver? hint) => seen is { } value && hint is not null ? (value, hint) : null;

    /// <summary>Values probed one at a time from a bound before the question is declared open.</summary>
    private const int MaxProbes = 20;

    /// <summary>
    /// The optimum of an expression, from a bound no solution passes: the values from the bound inward are probed one at
    /// a time, each a feasibility question with the expression fixed, asked of a relaxation that grows by columns. That
    /// finds a solution in milliseconds where an optimisation finds none in 10 s (the largest subgroup of unpublished
    /// size in the generated benchmark study: bound 650, best solution found in 20 s 350, a solution at 650 in 30 ms).
    /// The first value with a solution, or the value <paramref name="reached"/> by a known one, is the optimum, since
    /// every value before it is proved to have none. After the first value, each is asked of the whole model with a
    /// little work first (<see cref="ProbeWork"/>), and of the relaxation only when that does not settle it.
    /// <paramref name="column"/>, the expression's own column, is in every probe's relaxation: a probed count then meets
    /// its own figures there, and its solution extends to the other columns more often (a third fewer questions on the
    /// generated benchmark studies of unpublished sizes).
    /// </summary>
    /// <returns>Null when no value within <see cref="MaxProbes"/> of the bound has a solution, or a probe stays open.</returns>
    internal (long Value, CpSolver Witness)? ProbeOrOpen(LinearExpr expression, bool maximize, string what, long bound, (long Value, CpSolver Witness)? reached, CpSolver? hint, string? column = null)
    {
        try
        {
            return Probe(expression, maximize, what, bound, reached, hint, column);
        }
        catch (ModelUnsettledException)
        {
            return null;
        }
    }

    /// <summary>
    /// Deterministic work for asking a probe of the whole model once a value has failed. The values just inside a bound
    /// that had no solution seldom have one either, and the whole model proves a value empty in about 40 ms, where the
    /// relaxation first builds a relaxed solution, tries to extend it, looks for one nearer a centre and fills every
    /// column alone (about 60 ms more). On the generated benchmark studies no such probe needed more than this work.
    /// </summary>
    private const double ProbeWork = 0.2;

    private (long Value, CpSolver Witness)? Probe(LinearExpr expression, bool maximize, string what, long bound, (long Value, CpSolver Witness)? reached, CpSolver? hint, string? column)
    {
        var step = maximize ? -1 : 1;
        var value = bound - step;
        // Whether the value is a bound's own (the first, or one a relaxation's optimum gave), not one just inside a value without solution.
        var fresh = true;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            value += step;
            if (reached is { } known && known.Value == value)
            {
                return known;
            }
            var at = new CountRange((int)value, (int)value);
            var bounds = Sizes.With("a probed value", expression, at);
            if (!fresh)
            {
                var (status, whole) = solver.FeasibleWithin(kept, $"{what} at {value}", hint, bounds, ProbeWork);
                if (status == CpSolverStatus.Infeasible)
                {
                    continue;
                }
                if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
                {
                    return (value, whole);
                }
            }
            if (AtValue(expression, value, what, hint, column) is { } found)
            {
                return (value, found);
            }
            // The bound has no solution. A bound from elsewhere (a share over the settled sizes of its subgroup) knows
            // nothing of the expression's own column, whose relaxation may bound it tighter; no value beyond that has a
            // solution, so probing goes on from there (item_022.young in the generated benchmark study of unpublished
            // sizes: one question to 624 instead of seven whole-model probes down from 631).
            fresh = false;
            if (probe == 0 && column is not null && Tighter(expression, maximize, what, column, hint) is { } tighter && (tighter - value) * step > 1)
            {
                value = tighter - step;
                fresh = true;
            }
        }
        return null;
    }

    /// <summary>A bound on the expression from the relaxation of its own column and the subgroups' columns, or null when that search proves none.</summary>
    private long? Tighter(LinearExpr expression, bool maximize, string what, string column, CpSolver? hint)
    {
        var active = new HashSet<string>(_structural, StringComparer.Ordinal) { column };
        return solver.Attempt(On(active), expression, maximize, $"{what} among the versions of {active.Count} columns", hint, Sizes, active) is { Status: CpSolverStatus.Optimal or CpSolverStatus.Feasible } attempt
            ? attempt.Bound
            : null;
    }

    /// <summary>
    /// A relaxed solution at the relaxed optimum whose atoms are near those the subgroups' sizes give if independent.
    /// The sizes are first taken from a solution nearest equal atoms, so that subgroups no figure sizes get a middle
    /// size rather than the solver's first choice (often none or everybody).
    /// </summary>
    private CpSolver NearIndependence(IReadOnlyList<VersionConstraint> near, IReadOnlySet<string>? within, LinearExpr? expression, (long Value, CpSolver Witness) relaxed)
    {
        var atoms = solver.Model.Atoms.Values.ToList();
        var equal = solver.Model.Study.Metadata.Sample.Low / Math.Max(1, atoms.Count);
        var balanced = solver.Nearest(near, expression, relaxed.Value, atoms.Select(v => (v, (long)equal)).ToList(), relaxed.Witness, Sizes, within) ?? relaxed.Witness;
        return solver.Nearest(near, expression, relaxed.Value, IndependentAtoms(balanced), balanced, Sizes, within) ?? balanced;
    }

    /// <summary>
    /// Whether a column's kept versions can hold with the atoms at the given sizes, asked of a model of that column alone
    /// (with the atoms fixed, no other column constrains it; the reconstruction solves columns the same way).
    /// </summary>
    private bool Fills(string column, IReadOnlyDictionary<int, int> atomSizes)
    {
        var model = StudyModel.OfColumn(solver.Model, _keeps, column, atomSizes);
        return new ModelSolver(model, JointCheck.Budget).Feasible(model.Constraints, $"whether column {column} fills around the atoms", hint: null) is not null;
    }

    /// <summary>A solution of every kept version with the atoms and the relaxation's cells of a relaxed solution, or null.</summary>
    private CpSolver? Extend(CpSolver relaxed, IReadOnlySet<string> active)
    {
        var cells = solver.Model.Atoms.Keys.SelectMany(a => active.SelectMany(c => solver.Model.Cells(c, a)?.Values ?? []));
        return solver.Extension(kept, [.. Atoms(relaxed), .. cells.Select(v => (v, ModelSolver.ValueIn(relaxed, v)))], relaxed, Sizes);
    }

    private List<(IntVar Variable, long Value)> Atoms(CpSolver solution) => solver.Model.Atoms.Values.Select(v => (v, ModelSolver.ValueIn(solution, v))).ToList();

    /// <summary>
    /// The atoms' sizes if the subgroups of different columns were independent, given the subgroups' sizes in a
    /// solution: each atom gets the sample times, for each column's subgroups within one scope, the share of the scope
    /// holding the atom's value (or none of them). Whole numbers, rounded down; only a target for <see cref="ModelSolver.Nearest"/>.
    /// </summary>
    private List<(IntVar Variable, long Value)> IndependentAtoms(CpSolver solution)
    {
        var groups = solver.Model.Groups;
        var size = groups.Atoms.ToDictionary(a => a, a => ModelSolver.ValueIn(solution, solver.Model.Atoms[a]));
        long Within(Func<int, bool> inside) => groups.Atoms.Where(inside).Sum(a => size[a]);
        var families = groups.Sets.Select((set, index) => (Key: $"{set.Column}|{string.Join(',', set.Scope)}", Index: index))
            .GroupBy(s => s.Key, StringComparer.Ordinal).Select(g => g.Select(s => s.Index).ToList()).ToList();
        var all = Within(_ => true);
        return groups.Atoms.Select(atom =>
        {
            var share = all;
            foreach (var family in families)
            {
                var scope = groups.Sets[family[0]].Scope;
                var ofScope = Within(a => Subgroups.Within(a, scope));
                if (!Subgroups.Within(atom, scope) || ofScope == 0)
                {
                    continue;
                }
                var held = family.Where(i => (atom & (1 << i)) != 0).ToList();
                var part = held.Count > 0
                    ? Within(a => (a & (1 << held[0])) != 0)
                    : ofScope - family.DistinctBy(i => groups.Sets[i].Value).Sum(i => Within(a => (a & (1 << i)) != 0));
                share = share * Math.Max(0, part) / ofScope;
            }
            return (solver.Model.Atoms[atom], share);
        }).ToList();
    }

    private (long Value, CpSolver Witness)? Ask(IReadOnlyList<VersionConstraint> on, LinearExpr? expression, bool maximize, string what, CpSolver? hint, IReadOnlySet<string>? within) =>
        expression is null
            ? solver.Feasible(on, what, hint, Sizes, within) is { } any ? (0, any) : null
            : solver.Bound(on, expression, maximize, what, hint, Sizes, within);
}
