using Google.OrTools.Sat;
using SurveyFigures.Consistency;
using SurveyFigures.Consistency.Joint;
using SurveyFigures.Data;

namespace SurveyFigures.Reconstruction;

/// <summary>
/// Builds synthetic respondent rows from one solution of the study's joint model, so the rows meet every figure the
/// model keeps at once (all of them, unless some contradict others; data/README.md states which are kept). The
/// solution is found in two deterministic steps: first the counts nearest the printed shares (the sizes of the
/// subgroups' atoms and every figure's count), then, column by column with those fixed, a spread of each column's
/// values over the atoms as close to proportional as the figures allow, so that columns stay independent unless a
/// figure ties them. Respondents are then dealt to atoms and values in fixed pseudo-random orders, one per part of the
/// model and one per column.
/// </summary>
internal static class RespondentGenerator
{
    public static RespondentTable Generate(Study study, RoundingRule rule)
    {
        var sample = study.Metadata.Sample;
        // A sample size printed only vaguely is chosen first: the size nearest the middle of its reading that every kept
        // figure allows (one model then, since the size ties every part; see ModelParts).
        int? chosen = sample.IsExact ? sample.Value : null;
        var includes = JointVerdicts.Includes(study, rule);
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var part in ModelParts.Split(study))
        {
            var model = new StudyModel(study, rule, includes, part);
            var solver = new ModelSolver(model, JointCheck.Budget);
            var kept = JointCheck.Keep(solver, out _);
            if (chosen is null)
            {
                var fromMiddle = Abs(model.Model, (2 * model.SampleSize) - (sample.Low + sample.High), 2L * sample.High, "n from the middle");
                chosen = (int)solver.Solution(kept, fromMiddle).Value(model.SampleSize);
            }
            model.Model.Add(model.SampleSize == chosen.Value);
            var n = chosen.Value;
            // Step by step, each a small optimisation: the subgroups' sizes first (nearest their own figures, among
            // sizes every kept figure allows), then each column's counts with the sizes fixed, then its spread.
            var structural = model.Groups.Columns;
            var sized = solver.Solution(kept, Closeness(model, kept, c => structural.Contains(model.ColumnOf(c.Figure))));
            var atomSizes = model.Atoms.ToDictionary(a => a.Key, a => (int)sized.Value(a.Value));
            var atomOf = DealAtoms($"{study.Id}/atoms/{string.Join('+', part)}", atomSizes, n);
            var keeps = StudyModel.Keeps(kept);
            foreach (var column in part)
            {
                // With the atoms' sizes fixed, columns no longer constrain one another: each column is solved as a
                // model of its own, holding only its cells and its kept figures, which keeps each solve small.
                var own = StudyModel.OfColumn(model, keeps, column, atomSizes);
                var ownSolver = new ModelSolver(own, JointCheck.Budget);
                var nearest = ownSolver.Solution(own.Constraints, Closeness(own, own.Constraints, _ => true));
                var cells = Spread(own, ownSolver, own.Constraints, nearest, column, atomSizes);
                values[column] = DealValues($"{study.Id}/{column}", atomOf, cells, OtherValue(study, column), n);
            }
        }
        var rows = chosen ?? (sample.Low + sample.High) / 2;
        var columns = study.Columns;
        var ids = Enumerable.Range(0, rows).Select(i => RespondentTable.RespondentId(i, rows)).ToList();
        return new RespondentTable(ids, columns, columns.Select(c => values[c]).ToList());
    }

    /// <summary>The distance of every followed version's count from its printed share (or the middle of its reading), in millionths of a percent.</summary>
    private static LinearExpr Closeness(StudyModel model, IReadOnlyList<VersionConstraint> kept, Func<VersionConstraint, bool> which)
    {
        var terms = new List<LinearExpr>();
        foreach (var c in kept.Where(c => c.IsPrimary && which(c)))
        {
            var version = c.Version;
            if (version.Count is not null)
            {
                // A printed count is met exactly, or at its lowest for "more than" and "at least".
                terms.Add(Abs(model.Model, 1_000_000 * (model.Count(c.Figure) - PrintedCounts.CountClaim(version).Min), 1_000_000L * model.Study.Metadata.Sample.High, $"gap {c.Figure.Id}"));
                continue;
            }
            var target = version.Percent?.Value ?? ((version.Interval!.Value.Low + version.Interval.Value.High) / 2);
            var gap = (1_000_000 * model.Count(c.Figure)) - ((long)(target * 10_000) * model.Denominator(c.Figure));
            terms.Add(Abs(model.Model, gap, 2_000_000L * model.Study.Metadata.Sample.High, $"gap {c.Figure.Id}"));
        }
        return LinearExpr.Sum(terms);
    }

    /// <summary>
    /// A column's counts per atom and value, spread as evenly over the atoms of its scope as its figures allow: each
    /// atom's share of a value as near the column's share in the whole scope as possible. Fixes the column's figure
    /// counts at the first step's, so later columns keep meeting them.
    /// </summary>
    private static Dictionary<int, List<(string Value, int Count)>> Spread(StudyModel model, ModelSolver solver, IReadOnlyList<VersionConstraint> kept,
        CpSolver nearest, string column, IReadOnlyDictionary<int, int> atomSizes)
    {
        var atoms = atomSizes.Keys.Where(a => model.Cells(column, a) is not null).ToList();
        var solution = nearest;
        foreach (var f in model.Figures.Where(f => f.Kind != FigureKind.Aggregate && f.Column == column))
        {
            model.Model.Add(model.Count(f) == nearest.Value(model.Count(f)));
        }
        if (atoms.Count > 1)
        {
            var scope = atoms.Sum(a => (long)atomSizes[a]);
            var terms = new List<LinearExpr>();
            foreach (var value in model.Cells(column, atoms[0])!.Keys)
            {
                var total = atoms.Sum(a => nearest.Value(model.Cells(column, a)![value]));
                terms.AddRange(atoms.Select(a => Abs(model.Model, (scope * model.Cells(column, a)![value]) - (atomSizes[a] * total), 2 * scope * scope, $"spread {column}={value}@{a}")));
            }
            solution = solver.Solution(kept, LinearExpr.Sum(terms));
        }
        return atoms.ToDictionary(a => a, a => model.Cells(column, a)!.Select(kv => (kv.Key, (int)solution.Value(kv.Value))).ToList());
    }

    /// <summary>|expression|, for an expression known to lie within ±<paramref name="bound"/> (the solver refuses domains that could overflow).</summary>
    private static IntVar Abs(CpModel model, LinearExpr expression, long bound, string name)
    {
        var abs = model.NewIntVar(0, bound, name);
        model.AddAbsEquality(abs, expression);
        return abs;
    }

    /// <summary>Respondent r's atom: the first atom's size of a fixed pseudo-random order go to it, and so on.</summary>
    private static int[] DealAtoms(string key, IReadOnlyDictionary<int, int> sizes, int n)
    {
        var atomOf = new int[n];
        var order = StableShuffle.Permutation(key, n);
        var next = 0;
        foreach (var (atom, size) in sizes.OrderBy(s => s.Key))
        {
            for (var i = 0; i < size; i++)
            {
                atomOf[order[next++]] = atom;
            }
        }
        return atomOf;
    }

    /// <summary>Within each atom, respondents in the column's own fixed order take its values in turn, as many of each as the solution says.</summary>
    private static string[] DealValues(string key, int[] atomOf, Dictionary<int, List<(string Value, int Count)>> cells, string other, int n)
    {
        var column = new string[n];
        // Indexed by atom (a membership mask below 2^16), not looked up by key: this loop runs once per respondent and column.
        var deals = new AtomDeal?[cells.Count == 0 ? 0 : cells.Keys.Max() + 1];
        foreach (var (atom, counts) in cells)
        {
            deals[atom] = new AtomDeal(counts.Select(c => (c.Value.Length == 0 ? other : c.Value, c.Count)).ToArray());
        }
        foreach (var r in StableShuffle.Permutation(key, n))
        {
            var atom = atomOf[r];
            column[r] = atom < deals.Length && deals[atom] is { } deal ? deal.Next() : other;
        }
        return column;
    }

    /// <summary>One atom's values in order, each handed out as many times as its count, then the next.</summary>
    private sealed class AtomDeal((string Value, int Count)[] counts)
    {
        private int _index;
        private int _given;

        public string Next()
        {
            while (_given == counts[_index].Count)
            {
                (_index, _given) = (_index + 1, 0);
            }
            _given++;
            return counts[_index].Value;
        }
    }

    /// <summary>What respondents hold who have none of a column's printed values: its residual category, "0" for a yes/no column, else nothing.</summary>
    private static string OtherValue(Study study, string column) =>
        study.Residual(column)?.Value ?? (study.ColumnFigures.Any(f => f.Column == column && f.IsBinary) ? Figure.BinaryNo : "");
}
