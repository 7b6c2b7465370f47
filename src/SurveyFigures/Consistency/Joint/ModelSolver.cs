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

    public int Solves { get; private set; }

    /// <summary>SURVEYFIGURES_SOLVER_TRACE=1 prints each solve's question, status and time on standard error.</summary>
    private static readonly bool Trace = Environment.GetEnvironmentVariable("SURVEYFIGURES_SOLVER_TRACE") == "1";

    /// <summary>Whether the versions can all hold; when they cannot, a subset that already cannot (the solver's core).</summary>
    public bool IsFeasible(IReadOnlyList<VersionConstraint> on, out IReadOnlyList<VersionConstraint> core)
    {
        var (status, solver) = Run(on, objective: null, maximize: false, "whether the figures can all hold");
        core = status == CpSolverStatus.Infeasible
            ? solver.SufficientAssumptionsForInfeasibility().Select(i => on.FirstOrDefault(c => c.Literal.GetIndex() == i)).OfType<VersionConstraint>().ToList()
            : [];
        return status != CpSolverStatus.Infeasible;
    }

    /// <summary>The smallest or largest value of an expression over every solution with the versions switched on; null when there is none.</summary>
    public long? Optimum(IReadOnlyList<VersionConstraint> on, LinearExpr expression, bool maximize, string what)
    {
        var (status, solver) = Run(on, expression, maximize, what);
        return status is CpSolverStatus.Optimal ? (long)Math.Round(solver.ObjectiveValue) : null;
    }

    /// <summary>
    /// One solution, as good for the objective as a fixed amount of deterministic search finds (optimal for small
    /// models), as the solver that found it (read values with <see cref="CpSolver.Value"/>). The limit counts the
    /// solver's own work units, not seconds, so the same model gives the same solution on every run.
    /// </summary>
    public CpSolver Solution(IReadOnlyList<VersionConstraint> on, LinearExpr objective)
    {
        var (status, solver) = Run(on, objective, maximize: false, "a set of rows meeting every kept figure", settle: false);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : throw new InvalidOperationException($"The kept figures of '{model.Study.Id}' have no solution: {status}.");
    }

    /// <summary>Deterministic work allowed for one <see cref="Solution"/> (about half a second on this machine).</summary>
    private const double SolutionWork = 0.5;

    private (CpSolverStatus, CpSolver) Run(IReadOnlyList<VersionConstraint> on, LinearExpr? objective, bool maximize, string question, bool settle = true)
    {
        var cp = model.Model;
        cp.ClearAssumptions();
        cp.AddAssumptions(on.Select(c => (ILiteral)c.Literal));
        // Value by value helps proofs; it slows optimisations, except where the sample size itself is unknown and every
        // share of the whole sample is a product of two unknowns without it.
        cp.AddAssumption(objective is null || !model.Study.Metadata.Sample.IsExact ? model.Redundant : model.Redundant.Not());
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
        var left = budget;
        var solver = new CpSolver
        {
            // One worker: a solution or a set of versions found must not depend on thread timing. (A portfolio of
            // workers did not settle bounds faster on the 200-figure benchmark ledger.)
            StringParameters = $"num_workers:1 random_seed:1 max_time_in_seconds:{left.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}"
                + (settle ? "" : $" max_deterministic_time:{SolutionWork.ToString(System.Globalization.CultureInfo.InvariantCulture)}"),
        };
        var started = _clock.Elapsed;
        var status = solver.Solve(cp);
        Solves++;
        if (Trace)
        {
            Console.Error.WriteLine($"solver: {model.Study.Id}: {question}: {status} in {(_clock.Elapsed - started).TotalMilliseconds:0.0} ms");
        }
        if (status is CpSolverStatus.Unknown || (settle && objective is not null && status == CpSolverStatus.Feasible))
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
