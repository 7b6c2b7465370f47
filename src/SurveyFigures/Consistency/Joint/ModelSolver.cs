using Google.OrTools.Sat;

namespace SurveyFigures.Consistency.Joint;

/// <summary>Thrown when the solver cannot settle a study's model within its time budget: the study and the question left open.</summary>
public sealed class ModelUnsettledException(string studyId, string question, TimeSpan budget)
    : Exception($"The joint model of study '{studyId}' was not settled within {budget.TotalSeconds:0} s: {question} is still open. Simplify the study (fewer subgroups of unknown size) or report it.")
{
    public string StudyId { get; } = studyId;
}

/// <summary>
/// Runs CP-SAT on a <see cref="StudyModel"/> under a set of switched-on versions: feasibility, the smallest count and
/// the largest, and one solution. One worker and a fixed seed make every answer, and every solution, the same on each run.
/// Each question has a time budget of its own, so a model that cannot be settled ends with an error, never a hang.
/// </summary>
internal sealed class ModelSolver(StudyModel model, TimeSpan budget)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public StudyModel Model => model;

    /// <summary>The most one question may take before the run ends with <see cref="ModelUnsettledException"/>.</summary>
    public TimeSpan Budget => budget;

    /// <summary>
    /// The value of an expression in a solution. <see cref="CpSolver.Value"/> walks the expression with a queue the
    /// solver object owns, and the workers of <see cref="JointCheck"/> share solutions (as witnesses and hints), so a
    /// solution is read by one thread at a time.
    /// </summary>
    public static long ValueIn(CpSolver solution, LinearExpr expression)
    {
        lock (solution)
        {
            return solution.Value(expression);
        }
    }

    /// <summary>SURVEYFIGURES_SOLVER_TRACE=1 prints each solve's question, status and time on standard error.</summary>
    private static readonly bool Trace = Environment.GetEnvironmentVariable("SURVEYFIGURES_SOLVER_TRACE") == "1";

    /// <summary>Whether the versions can all hold; when they cannot, a subset that already cannot (the solver's core).</summary>
    public bool IsFeasible(IReadOnlyList<VersionConstraint> on, out IReadOnlyList<VersionConstraint> core)
    {
        var (status, solver) = Run(on, objective: null, maximize: false, "whether the figures can all hold");
        core = status == CpSolverStatus.Infeasible
            ? solver.SufficientAssumptionsForInfeasibility().Select(i => on.FirstOrDefault(c => c.Literal.GetIndex() == i)).OfType<VersionConstraint>().ToList()
            : [];
        _lastFeasible = status == CpSolverStatus.Infeasible ? null : ([.. on], solver);
        return status != CpSolverStatus.Infeasible;
    }

    /// <summary>
    /// Whether the versions can all hold, asked of a relaxation that grows by columns (<see cref="ColumnRelaxation"/>) on
    /// the model as exact questions see it (faster to find a solution); when they cannot, <see cref="IsFeasible"/> is
    /// asked as before, for its core. The answer is the same either way.
    /// </summary>
    public bool Holds(IReadOnlyList<VersionConstraint> on, out IReadOnlyList<VersionConstraint> core)
    {
        if (new ColumnRelaxation(this, on).Optimum(expression: null, maximize: false, "whether the figures can all hold", column: null, hint: null) is { } found)
        {
            core = [];
            _lastFeasible = ([.. on], found.Witness);
            return true;
        }
        return IsFeasible(on, out core);
    }

    private (List<VersionConstraint> On, CpSolver Solver)? _lastFeasible;

    /// <summary>
    /// A solution with the versions switched on, or null when they cannot all hold: the one the last feasibility
    /// question found when it was asked of exactly these versions (as <see cref="JointCheck.Keep"/> leaves it), else a new one.
    /// </summary>
    public CpSolver? AnySolution(IReadOnlyList<VersionConstraint> on)
    {
        if (_lastFeasible is { } last && last.On.SequenceEqual(on))
        {
            return last.Solver;
        }
        return IsFeasible(on, out _) ? _lastFeasible!.Value.Solver : null;
    }

    /// <summary>A solution with the versions switched on (and <paramref name="bounds"/> stated), searched from <paramref name="hint"/>; null when there is none.</summary>
    public CpSolver? Feasible(IReadOnlyList<VersionConstraint> on, string what, CpSolver? hint, SizeBounds? bounds = null, IReadOnlySet<string>? within = null)
    {
        var (status, solver) = RunExact(on, objective: null, maximize: false, what, hint, work: null, bounds: bounds, within: within);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : null;
    }

    /// <summary>
    /// Whether the versions can all hold (with <paramref name="bounds"/> stated), as far as a fixed amount of
    /// deterministic search settles it: Infeasible, Optimal or Feasible (the solver holds a solution), or Unknown.
    /// </summary>
    public (CpSolverStatus Status, CpSolver Solver) FeasibleWithin(IReadOnlyList<VersionConstraint> on, string what, CpSolver? hint, SizeBounds bounds, double work) =>
        RunExact(on, objective: null, maximize: false, what, hint, work, bounds: bounds);

    /// <summary>The smallest or largest value of an expression over every solution with the versions switched on; null when there is none.</summary>
    public long? Optimum(IReadOnlyList<VersionConstraint> on, LinearExpr expression, bool maximize, string what) =>
        Bound(on, expression, maximize, what, hint: null) is { } bound ? bound.Value : null;

    /// <summary>
    /// The smallest or largest value of an expression with the versions switched on, and a solution that reaches it;
    /// null when there is none. <paramref name="hint"/>, a solution found before, is where the search starts (it changes
    /// how fast the answer comes, never the answer); so do <paramref name="bounds"/>, implied by the versions.
    /// </summary>
    public (long Value, CpSolver Solver)? Bound(IReadOnlyList<VersionConstraint> on, LinearExpr expression, bool maximize, string what, CpSolver? hint, SizeBounds? bounds = null, IReadOnlySet<string>? within = null)
    {
        var (status, solver) = RunExact(on, expression, maximize, what, hint, work: null, bounds: bounds, within: within);
        return status is CpSolverStatus.Optimal ? ((long)Math.Round(solver.ObjectiveValue), solver) : null;
    }

    /// <summary>
    /// The smallest or largest value of an expression as far as a fixed amount of deterministic search settles it: the
    /// status (Optimal: the solver holds the optimum), a bound no solution passes (the solver's proved bound, a whole
    /// number since counts are), and the solver, holding the best solution found when the status is Feasible. Null when
    /// the search proved no bound. Never ends the run for an open question: the caller settles it another way.
    /// </summary>
    public (CpSolverStatus Status, long Bound, CpSolver Solver)? Attempt(IReadOnlyList<VersionConstraint> on, LinearExpr expression, bool maximize, string what, CpSolver? hint, SizeBounds? bounds, IReadOnlySet<string>? within = null)
    {
        var (status, solver) = RunExact(on, expression, maximize, what, hint, AttemptWork, bounds: bounds, within: within);
        var bound = solver.BestObjectiveBound;
        if (status == CpSolverStatus.Infeasible)
        {
            return (status, 0, solver);
        }
        if (double.IsInfinity(bound) || double.IsNaN(bound) || Math.Abs(bound) > long.MaxValue / 2)
        {
            return null;
        }
        return (status, (long)(maximize ? Math.Floor(bound) : Math.Ceiling(bound)), solver);
    }

    /// <summary>
    /// Deterministic work allowed for one <see cref="Attempt"/> (about a second here). Measured on the generated studies:
    /// with 0.5 the one of unpublished sizes with 5 breakdowns took 34-43 s instead of 57 s, but the one of printed
    /// shares with 2 breakdowns 12-13 s instead of 8-10 s (its questions settle in a little more than 0.5); with 0.1 the
    /// bounds were too loose for 20 probes.
    /// </summary>
    private const double AttemptWork = 1.0;

    /// <summary>
    /// A solution with the versions switched on, as good for the objective as a small fixed amount of deterministic
    /// search starting from <paramref name="hint"/> finds; null when none is found in that time. Only a witness of
    /// values the model allows, never an answer of its own.
    /// </summary>
    public CpSolver? Witness(IReadOnlyList<VersionConstraint> on, LinearExpr objective, CpSolver hint, SizeBounds? bounds = null)
    {
        var (status, solver) = RunExact(on, objective, maximize: false, "a witness of many figures' ends", hint, WitnessWork, bounds: bounds);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : null;
    }

    /// <summary>
    /// A solution with the versions switched on in which the given variables take the given values (those of a
    /// solution of fewer versions, say), or null when there is none or none was found within the budget (the caller
    /// then asks the whole question instead).
    /// </summary>
    public CpSolver? Extension(IReadOnlyList<VersionConstraint> on, IReadOnlyList<(IntVar Variable, long Value)> values, CpSolver hint, SizeBounds? bounds = null)
    {
        var (status, solver) = RunExact(on, objective: null, maximize: false, "whether a solution of fewer figures extends to all", hint, work: null, fix: values, mayStayOpen: true, bounds: bounds);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : null;
    }

    /// <summary>
    /// A solution with the versions switched on and the expression (if any) at a given value, whose variables lie as
    /// near the given centre as a bounded search finds (sum of distances); null when none was found. Only steers which
    /// of many solutions is tried next, never an answer of its own.
    /// </summary>
    public CpSolver? Nearest(IReadOnlyList<VersionConstraint> on, LinearExpr? expression, long value, IReadOnlyList<(IntVar Variable, long Value)> centre, CpSolver? hint, SizeBounds? bounds = null, IReadOnlySet<string>? within = null)
    {
        var cp = Exact();
        var shape = (cp.Model.Variables.Count, cp.Model.Constraints.Count);
        var distances = new List<IntVar>(centre.Count);
        var reach = model.Study.Metadata.Sample.High + centre.Select(c => Math.Abs(c.Value)).DefaultIfEmpty(0).Max();
        if (expression is not null)
        {
            cp.Add(expression == value);
        }
        foreach (var (variable, target) in centre)
        {
            var distance = cp.NewIntVar(0, reach, "");
            cp.Add(distance >= variable - target);
            cp.Add(distance >= target - variable);
            distances.Add(distance);
        }
        try
        {
            var (status, solver) = RunExact(on, LinearExpr.Sum(distances), maximize: false, "a solution near a centre", hint, NearestWork, mayStayOpen: true, bounds: bounds, within: within);
            return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : null;
        }
        finally
        {
            Restore(cp, shape);
        }
    }

    /// <summary>The copy is shared by every question: the variables and constraints one question adds leave it as it came.</summary>
    private static void Restore(CpModel cp, (int Variables, int Constraints) shape)
    {
        while (cp.Model.Constraints.Count > shape.Constraints)
        {
            cp.Model.Constraints.RemoveAt(cp.Model.Constraints.Count - 1);
        }
        while (cp.Model.Variables.Count > shape.Variables)
        {
            cp.Model.Variables.RemoveAt(cp.Model.Variables.Count - 1);
        }
    }

    /// <summary>Deterministic work allowed for one <see cref="Nearest"/>.</summary>
    private const double NearestWork = 0.2;

    /// <summary>Deterministic work allowed for one <see cref="Witness"/>.</summary>
    private const double WitnessWork = 0.05;

    // The model as exact questions see it: the value-by-value statement of denominators (StudyModel.Redundant) left out,
    // since it is implied by the linear form and only slows optimisation, and every version literal fixed by the
    // question (on: true, off: false) instead of assumed, so presolve removes what no question looks at. Rebuilt when
    // the model grows (the generator adds constraints between questions).
    private CpModel? _exact;
    private (int Variables, int Constraints) _exactShape;

    // For each constraint of the copy, the column whose cells it ties together (StudyModel.StructureOf), or null.
    private List<string?> _exactStructure = [];

    // Columns that define subgroups: their cells decide the atoms, so a relaxation always states them.
    private readonly IReadOnlySet<string> _subgroupColumns = model.Groups.Columns;

    private CpModel Exact()
    {
        var proto = model.Model.Model;
        var shape = (proto.Variables.Count, proto.Constraints.Count);
        if (_exact is not null && shape == _exactShape)
        {
            return _exact;
        }
        var exact = new CpModel();
        var copy = exact.Model;
        copy.Variables.AddRange(proto.Variables.Select(v => v.Clone()));
        var redundant = model.Redundant.GetIndex();
        var keep = model.AlwaysValueByValue;
        copy.Variables[redundant].Domain.Clear();
        copy.Variables[redundant].Domain.Add(keep ? [1, 1] : [0, 0]);
        var structure = new List<string?>();
        for (var i = 0; i < proto.Constraints.Count; i++)
        {
            var c = proto.Constraints[i];
            // Enforced only with the redundant statement on, or a clause it satisfies when off: never binding here.
            if (!keep && (c.EnforcementLiteral.Contains(redundant) || (c.ConstraintCase == ConstraintProto.ConstraintOneofCase.BoolOr && c.BoolOr.Literals.Contains(-redundant - 1))))
            {
                continue;
            }
            // Shared with the model and with the other workers' copies (JointCheck.SettleAll): a question adds and removes
            // constraints of its own copy and changes its copy's variables, never a shared constraint.
            copy.Constraints.Add(c);
            structure.Add(model.StructureOf(i));
        }
        _exactStructure = structure;
        _exact = exact;
        _exactShape = shape;
        return exact;
    }

    private (CpSolverStatus, CpSolver) RunExact(IReadOnlyList<VersionConstraint> on, LinearExpr? objective, bool maximize, string question, CpSolver? hint, double? work,
        IReadOnlyList<(IntVar Variable, long Value)>? fix = null, bool mayStayOpen = false, SizeBounds? bounds = null, IReadOnlySet<string>? within = null)
    {
        var cp = Exact();
        var shape = (cp.Model.Variables.Count, cp.Model.Constraints.Count);
        var all = within is null ? null : cp.Model.Constraints.ToList();
        foreach (var (size, low, high) in bounds?.All ?? [])
        {
            cp.AddLinearConstraint(size, low, high);
        }
        var switchedOn = on.Select(c => c.Literal.GetIndex()).ToHashSet();
        foreach (var c in model.Constraints)
        {
            var domain = cp.Model.Variables[c.Literal.GetIndex()].Domain;
            var value = switchedOn.Contains(c.Literal.GetIndex()) ? 1 : 0;
            domain.Clear();
            domain.Add([value, value]);
        }
        SetObjective(cp, objective, maximize);
        cp.Model.SolutionHint = null;
        // The copy's first variables are the model's (Nearest appends its own for one question): a solution of the model
        // as it is now, with or without such extra variables, hints every variable the two share.
        if (hint?.Response?.Solution is { Count: > 0 } values && values.Count >= model.Model.Model.Variables.Count)
        {
            var shared = Math.Min(values.Count, cp.Model.Variables.Count);
            var assignment = new PartialVariableAssignment();
            assignment.Vars.AddRange(Enumerable.Range(0, shared));
            assignment.Values.AddRange(values.Take(shared));
            cp.Model.SolutionHint = assignment;
        }
        var saved = (fix ?? []).Select(v => (Index: v.Variable.GetIndex(), Domain: cp.Model.Variables[v.Variable.GetIndex()].Domain.ToArray())).ToList();
        try
        {
            foreach (var (variable, value) in fix ?? [])
            {
                var domain = cp.Model.Variables[variable.GetIndex()].Domain;
                domain.Clear();
                domain.Add([value, value]);
            }
            if (within is not null)
            {
                var relevant = Relevant(cp, switchedOn, within);
                cp.Model.Constraints.Clear();
                cp.Model.Constraints.AddRange(relevant);
            }
            return Solve(cp, question, settle: work is null, work, hasObjective: objective is not null, witness: work is not null || mayStayOpen, exact: true);
        }
        finally
        {
            if (all is not null)
            {
                cp.Model.Constraints.Clear();
                cp.Model.Constraints.AddRange(all);
            }
            foreach (var (index, domain) in saved)
            {
                cp.Model.Variables[index].Domain.Clear();
                cp.Model.Variables[index].Domain.Add(domain);
            }
            Restore(cp, shape);
        }
    }

    /// <summary>
    /// The constraints a relaxation over the columns <paramref name="within"/> states: none switched off by a version
    /// left out, and none tying the cells of another column that defines no subgroup and that no stated constraint or
    /// the objective looks at. Such a column's cells only add up to their atom, which any atoms allow, so leaving it out
    /// changes no answer of the relaxation; presolving it took a third of each small question (one run of the generated
    /// benchmark study of unpublished sizes and 5 breakdowns: 155 questions over 4 columns of 38, 2.7 s with the other
    /// columns, 2.0 s without).
    /// </summary>
    private List<ConstraintProto> Relevant(CpModel cp, HashSet<int> switchedOn, IReadOnlySet<string> within)
    {
        var off = model.Constraints.Select(c => c.Literal.GetIndex()).Where(i => !switchedOn.Contains(i)).ToHashSet();
        var stated = new List<(ConstraintProto Constraint, string? Column)>(cp.Model.Constraints.Count);
        var referenced = new HashSet<int>((cp.Model.Objective?.Vars ?? []).Select(Variable));
        for (var i = 0; i < cp.Model.Constraints.Count; i++)
        {
            var c = cp.Model.Constraints[i];
            if (c.EnforcementLiteral.Any(l => l >= 0 && off.Contains(l)))
            {
                continue;
            }
            var column = i < _exactStructure.Count ? _exactStructure[i] : null;
            if (column is not null && !within.Contains(column) && !_subgroupColumns.Contains(column))
            {
                stated.Add((c, column));
                continue;
            }
            stated.Add((c, null));
            if (c.ConstraintCase == ConstraintProto.ConstraintOneofCase.Linear)
            {
                referenced.UnionWith(c.Linear.Vars.Select(Variable));
            }
        }
        var looked = stated.Where(s => s.Column is not null).Select(s => s.Column!).Distinct(StringComparer.Ordinal)
            .Where(column => model.CellIndices(column).Overlaps(referenced)).ToHashSet(StringComparer.Ordinal);
        return stated.Where(s => s.Column is null || looked.Contains(s.Column)).Select(s => s.Constraint).ToList();
    }

    // A reference to a variable or to its negation (-index - 1) names the same variable.
    private static int Variable(int reference) => reference >= 0 ? reference : -reference - 1;

    /// <summary>
    /// One solution, as good for the objective as a fixed amount of deterministic search finds (optimal for small
    /// models), as the solver that found it (read values with <see cref="CpSolver.Value"/>). The limit counts the
    /// solver's own work units, not seconds, so the same model gives the same solution on every run.
    /// </summary>
    public CpSolver Solution(IReadOnlyList<VersionConstraint> on, LinearExpr objective)
    {
        var (status, solver) = RunExact(on, objective, maximize: false, "a set of rows meeting every kept figure", hint: null, work: SolutionWork);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : throw new InvalidOperationException($"The kept figures of '{model.Study.Id}' have no solution: {status}.");
    }

    private static void SetObjective(CpModel cp, LinearExpr? objective, bool maximize)
    {
        if (objective is null)
        {
            cp.Model.Objective = null;
        }
        else if (maximize)
        {
            cp.Maximize(objective);
        }
        else
        {
            cp.Minimize(objective);
        }
    }

    /// <summary>Deterministic work allowed for one <see cref="Solution"/> (about half a second on this machine).</summary>
    private const double SolutionWork = 0.5;

    private (CpSolverStatus, CpSolver) Run(IReadOnlyList<VersionConstraint> on, LinearExpr? objective, bool maximize, string question, bool settle = true)
    {
        model.StateValueByValue();
        var cp = model.Model;
        cp.ClearAssumptions();
        cp.AddAssumptions(on.Select(c => (ILiteral)c.Literal));
        // Value by value helps proofs and slows optimisations, unless the model needs it always.
        cp.AddAssumption(objective is null || model.AlwaysValueByValue ? model.Redundant : model.Redundant.Not());
        SetObjective(cp, objective, maximize);
        return Solve(cp, question, settle, settle ? null : SolutionWork, objective is not null);
    }

    private (CpSolverStatus, CpSolver) Solve(CpModel cp, string question, bool settle, double? work, bool hasObjective, bool witness = false, bool exact = false)
    {
        var left = budget;
        var solver = new CpSolver
        {
            // One worker: a solution or a set of versions found must not depend on thread timing. (A portfolio of
            // workers did not settle bounds faster on the 200-figure benchmark ledger.)
            StringParameters = $"num_workers:1 random_seed:1 max_time_in_seconds:{left.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}"
                + (work is { } w ? $" max_deterministic_time:{w.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "")
                // One round of presolve for exact questions: on the 200-figure benchmark ledger, presolve to a fixed
                // point took most of each question's time and search then had nothing left to do.
                + (exact ? " max_presolve_iterations:1" : ""),
        };
        var started = _clock.Elapsed;
        var status = solver.Solve(cp);
        if (Trace)
        {
            var value = hasObjective && status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? $" (value {solver.ObjectiveValue}, bound {solver.BestObjectiveBound})" : "";
            Console.Error.WriteLine($"solver: {model.Study.Id}: {question}: {status}{value} in {(_clock.Elapsed - started).TotalMilliseconds:0.0} ms");
        }
        if ((status is CpSolverStatus.Unknown && !witness) || (settle && hasObjective && status == CpSolverStatus.Feasible))
        {
            throw new ModelUnsettledException(model.Study.Id, question, budget);
        }
        if (status == CpSolverStatus.ModelInvalid)
        {
            throw new InvalidOperationException($"The joint model of '{model.Study.Id}' is invalid: {cp.Validate()}");
        }
        return (status, solver);
    }
}
