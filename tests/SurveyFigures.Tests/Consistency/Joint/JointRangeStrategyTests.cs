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
public sealed class JointRangeStrategyTests
{
    private const string Bases = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"figure":"prof.doctor"}""";
    private const string Residual = """[{"column":"profession","value":"other","label":{"fr":"Autres","en":"Others"},"why":{"fr":"-","en":"-"}}]""";

    [Fact]
    public void Every_range_equals_a_plain_optimisation_of_the_whole_model()
    {
        foreach (var (i, n, study) in Studies(8))
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
    /// <see cref="ModelSolver.Reaching"/>, which settles an end when the relaxed optimum's atoms do not extend, finds a
    /// solution at each end of a plain optimisation's range and none one step beyond, and leaves the model as it was.
    /// </summary>
    [Fact]
    public void A_solution_reaching_a_value_is_found_at_each_end_and_never_beyond()
    {
        foreach (var (i, _, study) in Studies(4))
        {
            foreach (var part in ModelParts.Split(study))
            {
                var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, part);
                var solver = new ModelSolver(model, JointCheck.Budget);
                var hint = solver.AnySolution(model.Constraints)!;
                var shape = model.Model.Model.Constraints.Count;
                foreach (var f in model.Figures)
                {
                    var low = solver.Optimum(model.Constraints, model.Count(f), false, f.Id)!.Value;
                    var high = solver.Optimum(model.Constraints, model.Count(f), true, f.Id)!.Value;
                    foreach (var end in new[] { low, high })
                    {
                        var reached = solver.Reaching(model.Constraints, model.Count(f), end, hint);
                        Assert.True(reached is not null, $"case {i}: {f.Id} reaches {end}, an end of its range");
                        Assert.Equal(end, reached!.Value(model.Count(f)));
                    }
                    Assert.True(solver.Reaching(model.Constraints, model.Count(f), low - 1, hint) is null, $"case {i}: {f.Id} cannot go below {low}");
                    Assert.True(solver.Reaching(model.Constraints, model.Count(f), high + 1, hint) is null, $"case {i}: {f.Id} cannot go above {high}");
                }
                Assert.Equal(shape, model.Model.Model.Constraints.Count);
            }
        }
    }

    /// <summary>Studies printed from random rows: doctors at about 45 %, four items leaning on them, each printed among everybody and among the doctors.</summary>
    private static IEnumerable<(int Case, int N, Study Study)> Studies(int count)
    {
        var random = new Random(2026);
        for (var i = 0; i < count; i++)
        {
            var n = random.Next(25, 90);
            var doctor = Enumerable.Range(0, n).Select(_ => random.Next(100) < 45).ToArray();
            var doctors = doctor.Count(d => d);
            string Print(int k, int of) => ((int)Math.Round(100m * k / of, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
            var rows = new List<string> { TempStudy.Row("prof.doctor", Print(doctors, n), "profession", "doctor", "single") };
            for (var item = 0; item < 4; item++)
            {
                var yes = Enumerable.Range(0, n).Select(r => random.Next(100) < (doctor[r] ? 70 : 30)).ToArray();
                rows.Add(TempStudy.Row($"item{item}.all", Print(yes.Count(y => y), n), $"item{item}"));
                rows.Add(TempStudy.Row($"item{item}.doctors", Print(Enumerable.Range(0, n).Count(r => yes[r] && doctor[r]), doctors), $"item{item}", baseId: "doctors"));
            }
            using var temp = new TempStudy(TempStudy.Ledger([.. rows]), sampleSize: n, bases: Bases, residuals: Residual);
            yield return (i, n, temp.Load());
        }
    }
}
