using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// The joint model against an independent oracle, and a property over random studies. One shape covers subgroups,
/// nesting and figures on a subgroup: doctors (a single-choice share, others residual), tool use among everybody and
/// among the doctors, and daily use nested in tool use (a share of everybody). The oracle enumerates every table of
/// counts (doctors d, users among doctors and others, daily users among each) for small n and tests each figure with
/// <see cref="Rounding.Matches"/>, the scalar rounding arithmetic, not the model's linear form.
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class JointOracleTests
{
    private const string Bases = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"figure":"prof.doctor"}""";
    private const string Residual = """[{"column":"profession","value":"other","label":{"fr":"Autres","en":"Others"},"why":{"fr":"-","en":"-"}}]""";

    private static TempStudy Make(int n, int doctors, int users, int usersDoctors, int daily) => new(TempStudy.Ledger(
            TempStudy.Row("prof.doctor", P(doctors), "profession", "doctor", "single"),
            TempStudy.Row("use.all", P(users), "uses"),
            TempStudy.Row("use.doctors", P(usersDoctors), "uses", baseId: "doctors"),
            TempStudy.Row("daily.all", P(daily), "daily", kind: "nested", parent: "use.all", of: "base")),
        sampleSize: n, bases: Bases, residuals: Residual);

    private static string P(int percent) => percent.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Verdicts_and_ranges_match_an_enumeration_of_every_table_of_counts()
    {
        var random = new Random(20261205);
        var (checkedCases, contradictory) = (0, 0);
        for (var i = 0; i < 60; i++)
        {
            var n = random.Next(3, 10);
            var printed = (Doctors: random.Next(0, 101), Users: random.Next(0, 101), UsersDoctors: random.Next(0, 101), Daily: random.Next(0, 101));
            using var study = Make(n, printed.Doctors, printed.Users, printed.UsersDoctors, printed.Daily);
            var loaded = study.Load();
            var checks = ConsistencyChecker.Check(loaded, RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);
            // Figures that fail alone are judged alone; the oracle checks the others together.
            var alone = checks.Values.Where(c => c.Verdict is not (Verdict.Impossible or Verdict.OtherRounding)).Select(c => c.Figure.Id).ToHashSet();
            var tables = Tables(n).Where(t => Holds(t, printed, n, alone)).ToList();
            var anyContradiction = checks.Values.Any(c => c.Verdict == Verdict.Contradiction);
            Assert.True(anyContradiction == (tables.Count == 0), $"case {i}: n = {n}, {printed}: oracle finds {tables.Count} tables, model says contradiction = {anyContradiction}");
            checkedCases++;
            if (tables.Count == 0)
            {
                contradictory++;
                continue;
            }
            foreach (var (id, count) in new (string, Func<Table, int>)[] { ("prof.doctor", t => t.D), ("use.all", t => t.UD + t.UO), ("use.doctors", t => t.UD), ("daily.all", t => t.YD + t.YO) })
            {
                var expected = new CountRange(tables.Min(count), tables.Max(count));
                Assert.True(expected == checks[id].Joint, $"case {i}: n = {n}, {printed}: {id} given the others is {expected} by enumeration, {checks[id].Joint} by the model");
            }
        }
        Assert.True(contradictory > 5 && contradictory < checkedCases - 5, $"{contradictory} of {checkedCases} random cases were contradictory: the draw should give both kinds");
    }

    [Fact]
    public void Studies_printed_from_real_rows_are_consistent_and_rebuilt_and_a_figure_moved_outside_its_joint_range_is_named()
    {
        var random = new Random(7);
        for (var i = 0; i < 12; i++)
        {
            var n = random.Next(150, 900);
            // Rows drawn at random, then the figures printed from them as a publisher would (half-up, whole percent).
            var d = random.Next(1, n);
            var ud = random.Next(0, d + 1);
            var uo = random.Next(0, n - d + 1);
            var yd = random.Next(0, ud + 1);
            var yo = random.Next(0, uo + 1);
            int Print(int k, int of) => (int)Math.Round(100m * k / of, MidpointRounding.AwayFromZero);
            var printed = (Doctors: Print(d, n), Users: Print(ud + uo, n), UsersDoctors: Print(ud, d), Daily: Print(yd + yo, n));
            using var study = Make(n, printed.Doctors, printed.Users, printed.UsersDoctors, printed.Daily);
            var loaded = study.Load();
            var checks = ConsistencyChecker.Check(loaded, RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);
            Assert.All(checks.Values, c => Assert.NotEqual(Verdict.Contradiction, c.Verdict));
            var rows = RespondentGenerator.Generate(loaded, RoundingRule.HalfUp);
            Assert.Empty(StudyAnalysis.FromRespondents(loaded, rows, new RecomputeOptions(RoundingRule.HalfUp)).Mismatches);

            // Move the daily figure past what the others allow (daily users are users, so no more than the most users
            // the others allow): the model names the move and the figure it cannot hold with.
            var users = checks["use.all"].Joint;
            var outside = Print(users.Max, n) + 2;
            if (outside > 100)
            {
                continue;
            }
            using var moved = Make(n, printed.Doctors, printed.Users, printed.UsersDoctors, outside);
            var movedCheck = ConsistencyChecker.Check(moved.Load(), RoundingRule.HalfUp).Single(c => c.Figure.Id == "daily.all");
            Assert.True(movedCheck.Verdict is Verdict.Contradiction, $"case {i}: daily at {outside} % past the users' maximum {users.Max} of {n}: {movedCheck.Verdict}");
            // Which smallest set is named depends on the figures (with many doctors who rarely use tools, the doctors'
            // figures alone cap the users); the set is never empty and names figures of the study.
            Assert.NotEmpty(movedCheck.ContradictedBy);
            Assert.All(movedCheck.ContradictedBy, id => Assert.Contains(id, new[] { "prof.doctor", "use.all", "use.doctors" }));
        }
    }

    private readonly record struct Table(int D, int UD, int UO, int YD, int YO);

    private static IEnumerable<Table> Tables(int n)
    {
        for (var d = 0; d <= n; d++)
        {
            for (var ud = 0; ud <= d; ud++)
            {
                for (var uo = 0; uo <= n - d; uo++)
                {
                    for (var yd = 0; yd <= ud; yd++)
                    {
                        for (var yo = 0; yo <= uo; yo++)
                        {
                            yield return new Table(d, ud, uo, yd, yo);
                        }
                    }
                }
            }
        }
    }

    private static bool Holds(Table t, (int Doctors, int Users, int UsersDoctors, int Daily) p, int n, HashSet<string> judged)
    {
        bool Prints(string id, int count, int of, int percent) =>
            !judged.Contains(id) || (of > 0 && Rounding.Matches(count, of, new PrintedPercent(percent, 0), RoundingRule.HalfUp));
        return Prints("prof.doctor", t.D, n, p.Doctors) && Prints("use.all", t.UD + t.UO, n, p.Users)
            && Prints("use.doctors", t.UD, t.D, p.UsersDoctors) && Prints("daily.all", t.YD + t.YO, n, p.Daily);
    }
}
