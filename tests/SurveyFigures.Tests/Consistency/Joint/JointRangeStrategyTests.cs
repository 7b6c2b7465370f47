using Google.OrTools.Sat;
using SurveyFigures.Data;
using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Consistency.Joint;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// The ranges <see cref="JointCheck"/> settles from witnesses, from the versions near each figure and from hinted
/// optimisations are those a plain minimisation and maximisation of each count and denominator over the whole model
/// give. The studies are printed from random rows at small n, so the items' figures among the doctors also bound how
/// many doctors there can be: the versions near a figure then often leave it more room than all of them do.
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class JointRangeStrategyTests
{
    private const string Bases = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"figure":"prof.doctor"}""";
    private const string UnsizedBases = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"column":"profession","value":"doctor"}""";
    private const string Residual = """[{"column":"profession","value":"other","label":{"fr":"Autres","en":"Others"},"why":{"fr":"-","en":"-"}}]""";

    /// <remarks>
    /// With the doctors' size unpublished, the joint check settles their size first, from the floor their shares imply
    /// (<see cref="SizeBounds"/>), and bounds the counts among them by those sizes: the cases check those answers too.
    /// </remarks>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_range_equals_a_plain_optimisation_of_the_whole_model(bool sizePrinted)
    {
        foreach (var (i, n, study) in Studies(8, sizePrinted))
        {
            var alone = ConsistencyChecker.CheckAlone(study, RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);
            // Once with each figure's range alone as a bound (ends that reach it are settled without a solve), once without.
            foreach (var bounded in new[] { true, false })
            {
                var joint = JointCheck.Run(study, RoundingRule.HalfUp, (_, _) => true, f => bounded ? alone[f.Id].Feasible : CountRange.Empty);
                Assert.True(joint.IsConsistent, $"case {i}: figures printed from rows hold together");
                foreach (var part in ModelParts.Split(study))
                {
                    var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, part);
                    var solver = new ModelSolver(model, JointCheck.Budget);
                    foreach (var f in model.Figures)
                    {
                        var count = new CountRange((int)solver.Optimum(model.Constraints, model.Count(f), false, f.Id)!, (int)solver.Optimum(model.Constraints, model.Count(f), true, f.Id)!);
                        Assert.True(count == joint.Ranges[f.Id].Count, $"case {i} (n = {n}, bounded {bounded}): {f.Id} is {count} by plain optimisation, {joint.Ranges[f.Id].Count} by the joint check");
                        if (!model.IsWholeSample(f))
                        {
                            var denominator = new CountRange((int)solver.Optimum(model.Constraints, model.Denominator(f), false, f.Id)!, (int)solver.Optimum(model.Constraints, model.Denominator(f), true, f.Id)!);
                            Assert.Equal(denominator, joint.Ranges[f.Id].Denominator);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// <see cref="ColumnRelaxation"/> gives every end a plain optimisation of the whole model gives, with a solution of
    /// every version reaching it. Across the cases it has to grow
    /// (the versions near a figure leave it more room than all of them), so that path is the one checked.
    /// </summary>
    [Fact]
    public void The_relaxation_grown_by_columns_reaches_each_end_of_a_plain_optimisation()
    {
        var grown = 0;
        // The doctors' size unpublished: the versions near a figure then leave the subgroup's size free, and the
        // relaxation's extreme atoms seldom fill the other items' columns.
        foreach (var (i, _, study) in Studies(6, sizePrinted: false))
        {
            foreach (var part in ModelParts.Split(study))
            {
                var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, part);
                var solver = new ModelSolver(model, JointCheck.Budget);
                var relaxation = new ColumnRelaxation(solver, model.Constraints);
                var plain = model.Figures.ToDictionary(f => f, f => (Low: solver.Optimum(model.Constraints, model.Count(f), false, f.Id)!.Value, High: solver.Optimum(model.Constraints, model.Count(f), true, f.Id)!.Value));
                foreach (var f in model.Figures)
                {
                    foreach (var maximize in new[] { false, true })
                    {
                        var end = maximize ? plain[f].High : plain[f].Low;
                        var (value, witness) = relaxation.Optimum(model.Count(f), maximize, f.Id, model.ColumnOf(f), hint: null)!.Value;
                        Assert.True(end == value, $"case {i}: {f.Id} {(maximize ? "max" : "min")} is {end} by plain optimisation, {value} by the relaxation");
                        // The witness is a solution of every version: each count lies in its figure's range.
                        Assert.All(model.Figures, g => Assert.InRange(witness.Value(model.Count(g)), plain[g].Low, plain[g].High));
                        Assert.Equal(value, witness.Value(model.Count(f)));
                    }
                }
                grown += relaxation.ColumnsAdded;
            }
        }
        Assert.True(grown > 0, "no case made the relaxation grow: the test no longer checks that path");
    }

    /// <summary>
    /// When a bounded search leaves an end open, the values from its bound inward are probed one at a time. Started three
    /// values beyond each end a plain optimisation of the whole model gives, probing must prove those three empty and
    /// stop at the end, with a solution reaching it; started 25 beyond, it must give up (it probes 20), unless a count's
    /// own column bounds it closer, and then it must stop at the end too.
    /// </summary>
    [Fact]
    public void Probing_from_a_loose_bound_stops_at_the_end_of_a_plain_optimisation()
    {
        var fromFar = 0;
        foreach (var (i, _, study) in Studies(4, sizePrinted: false))
        {
            foreach (var part in ModelParts.Split(study))
            {
                var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, part);
                var solver = new ModelSolver(model, JointCheck.Budget);
                var relaxation = new ColumnRelaxation(solver, model.Constraints);
                foreach (var f in model.Figures)
                {
                    // A count is probed with its own column in each relaxation, as the joint check does; a denominator without.
                    foreach (var (expression, what, column) in new[] { (model.Count(f), $"the count of {f.Id}", model.ColumnOf(f)), (model.Denominator(f), $"the denominator of {f.Id}", null) })
                    {
                        foreach (var maximize in new[] { false, true })
                        {
                            var end = solver.Optimum(model.Constraints, expression, maximize, what)!.Value;
                            var (value, witness) = relaxation.ProbeOrOpen(expression, maximize, what, maximize ? end + 3 : end - 3, reached: null, hint: null, column)!.Value;
                            Assert.True(end == value, $"case {i}: {what} {(maximize ? "max" : "min")} is {end} by plain optimisation, {value} by probing");
                            Assert.Equal(value, witness.Value(expression));
                            // From a bound farther than it probes, it gives no answer (the caller then optimises), never a wrong one. A
                            // count's own column may bound it tighter (probing then goes on from there): an answer, the end.
                            var far = relaxation.ProbeOrOpen(expression, maximize, what, maximize ? end + 25 : end - 25, reached: null, hint: null, column);
                            Assert.True(far is null || far.Value.Value == end, $"case {i}: {what} {(maximize ? "max" : "min")} is {end}, probing from 25 beyond gave {far?.Value}");
                            Assert.True(column is not null || far is null, $"case {i}: {what} has no column to bound it, so probing from 25 beyond must give up");
                            fromFar += far is null ? 0 : 1;
                        }
                    }
                }
            }
        }
        Assert.True(fromFar > 0, "no count was settled from 25 beyond its end by its own column's bound");
    }

    /// <summary>
    /// A witness pushed column by column keeps its atoms, and each column's counts then reach the lowest or highest sum
    /// the whole model allows with those atoms: the oracle is a plain optimisation of a fresh model of the whole study,
    /// its atoms fixed to the witness's.
    /// </summary>
    [Fact]
    public void A_witness_pushed_column_by_column_reaches_what_the_whole_model_allows_around_its_atoms()
    {
        var moved = 0;
        foreach (var (i, _, study) in Studies(6, sizePrinted: false, large: true))
        {
            foreach (var part in ModelParts.Split(study))
            {
                var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, part);
                var solver = new ModelSolver(model, JointCheck.Budget);
                var witness = solver.AnySolution(model.Constraints)!;
                foreach (var maximize in new[] { false, true })
                {
                    var pushed = WitnessPolish.Of(solver, model.Constraints, SizeBounds.Of(model, model.Constraints), witness, model.Figures, maximize);
                    var oracle = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, part);
                    foreach (var (atom, size) in model.Atoms)
                    {
                        Assert.Equal(ModelSolver.ValueIn(witness, size), ModelSolver.ValueIn(pushed, size));
                        oracle.Model.Add(oracle.Atoms[atom] == ModelSolver.ValueIn(witness, size));
                    }
                    foreach (var column in model.Figures.GroupBy(model.ColumnOf).Where(g => !model.Groups.Columns.Contains(g.Key)))
                    {
                        var reached = column.Sum(f => ModelSolver.ValueIn(pushed, model.Count(f)));
                        var best = new ModelSolver(oracle, JointCheck.Budget).Optimum(oracle.Constraints, LinearExpr.Sum(column.Select(f => oracle.Count(f))), maximize, $"column {column.Key}");
                        Assert.True(best == reached, $"case {i}: column {column.Key} pushed {(maximize ? "high" : "low")} reaches {reached}, the whole model allows {best} around the same atoms");
                        moved += reached == column.Sum(f => ModelSolver.ValueIn(witness, model.Count(f))) ? 0 : 1;
                    }
                }
            }
        }
        Assert.True(moved > 0, "no witness was moved: the cases do not test the pushing");
    }

    /// <summary>Studies printed from random rows: doctors at about 45 % (their share printed, or not), four items leaning on them, each printed among everybody and among the doctors.</summary>
    /// <param name="large">Samples of 300 to 900 instead of 25 to 90: each whole percent then allows several counts.</param>
    private static IEnumerable<(int Case, int N, Study Study)> Studies(int count, bool sizePrinted = true, bool large = false)
    {
        var random = new Random(2026);
        for (var i = 0; i < count; i++)
        {
            var n = large ? random.Next(300, 900) : random.Next(25, 90);
            var doctor = Enumerable.Range(0, n).Select(_ => random.Next(100) < 45).ToArray();
            var doctors = doctor.Count(d => d);
            string Print(int k, int of) => ((int)Math.Round(100m * k / of, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
            var rows = sizePrinted ? new List<string> { TempStudy.Row("prof.doctor", Print(doctors, n), "profession", "doctor", "single") } : [];
            for (var item = 0; item < 4; item++)
            {
                var yes = Enumerable.Range(0, n).Select(r => random.Next(100) < (doctor[r] ? 70 : 30)).ToArray();
                rows.Add(TempStudy.Row($"item{item}.all", Print(yes.Count(y => y), n), $"item{item}"));
                rows.Add(TempStudy.Row($"item{item}.doctors", Print(Enumerable.Range(0, n).Count(r => yes[r] && doctor[r]), doctors), $"item{item}", baseId: "doctors"));
            }
            using var temp = new TempStudy(TempStudy.Ledger([.. rows]), sampleSize: n, bases: sizePrinted ? Bases : UnsizedBases, residuals: sizePrinted ? Residual : "[]");
            yield return (i, n, temp.Load());
        }
    }
}
