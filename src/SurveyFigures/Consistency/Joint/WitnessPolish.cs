using Google.OrTools.Sat;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// A witness pushed further column by column. A witness search pushes many counts at once with a little work, and stops
/// short of most of their ends. With the witness's atoms fixed, no column constrains another (what the reconstruction
/// relies on), so each column is solved alone for the smallest or largest sum of its figures' counts: a model of one
/// column, settled in about a millisecond. The columns' cells are then put together and checked against every kept
/// version in one question of the whole model, whose solution is the new witness. Only witnesses are made here: every
/// end is still proved by a bound, so an answer never depends on this.
/// </summary>
internal static class WitnessPolish
{
    /// <summary>
    /// A solution of every kept version with the atoms of <paramref name="witness"/> and, in each column of
    /// <paramref name="figures"/> that defines no subgroup, the cells that push those figures' counts lowest or highest;
    /// the witness itself when the whole model does not confirm them (it always should).
    /// </summary>
    public static CpSolver Of(ModelSolver solver, IReadOnlyList<VersionConstraint> kept, SizeBounds bounds, CpSolver witness, IEnumerable<Figure> figures, bool maximize)
    {
        var model = solver.Model;
        var atoms = model.Atoms.ToDictionary(a => a.Key, a => (int)ModelSolver.ValueIn(witness, a.Value));
        var keeps = StudyModel.Keeps(kept);
        var values = model.Atoms.Select(a => (a.Value, (long)atoms[a.Key])).ToList();
        foreach (var column in figures.GroupBy(model.ColumnOf, StringComparer.Ordinal).Where(g => !model.Groups.Columns.Contains(g.Key)))
        {
            var own = StudyModel.OfColumn(model, keeps, column.Key, atoms);
            if (Pushed(own, column, maximize, solver.Budget) is not { } found)
            {
                return witness;
            }
            foreach (var atom in model.Atoms.Keys)
            {
                if (model.Cells(column.Key, atom) is not { } cells)
                {
                    continue;
                }
                foreach (var (value, cell) in cells)
                {
                    values.Add((cell, ModelSolver.ValueIn(found, own.Cells(column.Key, atom)![value])));
                }
            }
        }
        return solver.Extension(kept, values, witness, bounds) ?? witness;
    }

    /// <summary>The column's cells pushing its figures' counts lowest or highest, or null when its model does not settle (the witness is then kept as it is).</summary>
    private static CpSolver? Pushed(StudyModel own, IEnumerable<Figure> figures, bool maximize, TimeSpan budget)
    {
        try
        {
            return new ModelSolver(own, budget).Bound(own.Constraints, LinearExpr.Sum(figures.Select(own.Count)), maximize, "a column pushed around a witness's atoms", hint: null)?.Solver;
        }
        catch (ModelUnsettledException)
        {
            return null;
        }
    }
}
