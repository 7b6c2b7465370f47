using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// The joint model against a brute-force oracle over every printed shape at once: each rounding rule, one decimal,
/// the four qualifiers, printed counts (exact, more than, at least), a nested figure read as a share of everybody or of
/// its parent, a sample size printed only vaguely, and a subgroup whose size is not published. The study is JointOracleTests' (doctors with a residual, tool use
/// among everybody and among the doctors, daily use nested in use); the oracle enumerates every n the reading allows
/// and every table of counts, and tests each figure by the definitions data/README.md states, written here as
/// intervals of exact shares compared in integers (not by the library's rounding code nor the model's linear form).
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class JointShapesOracleTests
{
    private const string Header = "id,question,kind,label_fr,label_en,printed,qualifier,unit,base,parent,of,column,value,read_low,read_high,source";
    private const string Bases = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"figure":"prof.doctor"}""";
    private const string UnknownBases = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"column":"doctor","value":"1"}""";
    private const string Residual = """[{"column":"profession","value":"other","label":{"fr":"Autres","en":"Others"},"why":{"fr":"-","en":"-"}}]""";
    private static readonly RoundingRule[] Rules = Enum.GetValues<RoundingRule>();
    private static readonly string[] Ids = ["prof.doctor", "use.all", "use.doctors", "daily.all"];

    /// <summary>How one figure is printed: a share (scaled by 10^decimals) with a qualifier, or a count.</summary>
    private sealed record Printing(long Scaled, int Decimals, Qualifier Qualifier, bool IsCount)
    {
        public string Text => IsCount ? Scaled.ToString(CultureInfo.InvariantCulture)
            : (Scaled / (decimal)PrintedPercent.Pow10(Decimals)).ToString(Decimals == 0 ? "0" : "0.0", CultureInfo.InvariantCulture);
        public override string ToString() => (IsCount ? "count " : "") + (Qualifier == Qualifier.None ? "" : Qualifiers.Name(Qualifier) + " ") + Text + (IsCount ? "" : " %");
    }

    // With UnknownDoctors the doctors are a subgroup of unpublished size: no doctors figure, any size the others allow.
    private sealed record Case(int Low, int High, RoundingRule Rule, bool OfParent, bool UnknownDoctors, Printing[] Printed)
    {
        public override string ToString() => $"n {Low}–{High}, {Rule}, daily of {(OfParent ? "parent" : "base")}{(UnknownDoctors ? ", doctors of unknown size" : "")}: "
            + string.Join("; ", Ids.Zip(Printed, (id, p) => $"{id} {p}").Skip(UnknownDoctors ? 1 : 0));
        public IEnumerable<int> Figures => Enumerable.Range(UnknownDoctors ? 1 : 0, UnknownDoctors ? 3 : 4);
    }

    [Fact]
    public void Verdicts_and_joint_ranges_match_an_enumeration_over_every_shape()
    {
        var random = new Random(20261206);
        var (contradictory, consistent) = (0, 0);
        for (var i = 0; i < 80; i++)
        {
            var low = random.Next(3, 9);
            var @case = new Case(low, random.Next(3) == 0 ? low + random.Next(1, 3) : low, Rules[random.Next(Rules.Length)], random.Next(2) == 0,
                random.Next(4) == 0, [.. Ids.Select(id => Draw(random, id == "prof.doctor"))]);
            using var study = Make(@case);
            var checks = ConsistencyChecker.Check(study.Load(), @case.Rule).ToDictionary(c => c.Figure.Id);
            // As in JointOracleTests: figures that fail alone are judged alone; the oracle holds the others together.
            var judged = checks.Values.Where(c => c.Verdict is not (Verdict.Impossible or Verdict.OtherRounding)).Select(c => c.Figure.Id).ToHashSet();
            var solutions = Solutions(@case, judged).ToList();
            var contradiction = checks.Values.Any(c => c.Verdict == Verdict.Contradiction);
            Assert.True(contradiction == (solutions.Count == 0), $"case {i}: {@case}: the oracle finds {solutions.Count} tables, the model says contradiction = {contradiction}");
            if (solutions.Count == 0)
            {
                contradictory++;
                continue;
            }
            consistent++;
            foreach (var (id, index) in @case.Figures.Select(k => (Ids[k], k)))
            {
                var expected = new CountRange(solutions.Min(s => Count(s, index)), solutions.Max(s => Count(s, index)));
                Assert.True(expected == checks[id].Joint, $"case {i}: {@case}: {id} given the others is {expected} by enumeration, {checks[id].Joint} by the model");
            }
        }
        Assert.True(contradictory > 5 && consistent > 5, $"{contradictory} contradictory and {consistent} consistent cases: the draw should give both kinds");
    }

    // A share at 0 or 1 decimal, plain or qualified, or (not for the doctors, whose figure sizes a base) a count.
    private static Printing Draw(Random random, bool sizesBase)
    {
        if (!sizesBase && random.Next(5) == 0)
        {
            return new Printing(random.Next(1, 8), 0, random.Next(3) switch { 0 => Qualifier.MoreThan, 1 => Qualifier.AtLeast, _ => Qualifier.None }, true);
        }
        var qualifier = random.Next(4) == 0 ? (Qualifier)random.Next(1, 5) : Qualifier.None;
        var decimals = qualifier == Qualifier.None && random.Next(3) == 0 ? 1 : 0;
        var scaled = decimals == 0 ? random.Next(0, 101) : random.Next(0, 1001);
        return new Printing(scaled, decimals, qualifier, false);
    }

    private static TempStudy Make(Case c)
    {
        string Row(string id, Printing p, string kind, string column, string value = "1", string baseId = "all", string parent = "", string of = "") =>
            $"{id},q,{kind},L {id},L {id},{p.Text},{(p.Qualifier == Qualifier.None ? "" : Qualifiers.Name(p.Qualifier))},{(p.IsCount ? "count" : "")},{baseId},{parent},{of},{column},{value},,,doc:s1";
        var ledger = string.Join("\n", new[] { Header, c.UnknownDoctors ? null : Row("prof.doctor", c.Printed[0], "single", "profession", "doctor"),
            Row("use.all", c.Printed[1], "multi", "uses"),
            Row("use.doctors", c.Printed[2], "multi", "uses", baseId: "doctors"),
            Row("daily.all", c.Printed[3], "nested", "daily", parent: "use.all", of: c.OfParent ? "parent" : "base") }.OfType<string>()) + "\n";
        var study = c.UnknownDoctors ? new TempStudy(ledger, sampleSize: c.Low, bases: UnknownBases) : new TempStudy(ledger, sampleSize: c.Low, bases: Bases, residuals: Residual);
        if (c.High != c.Low)
        {
            study.EditMetadata($"\"sample_size\": {c.Low},",
                $"\"sample_size\": null, \"sample_size_printed\": [{{\"text\": \"de {c.Low} à {c.High}\", \"source\": \"doc:s1\", \"low\": {c.Low}, \"high\": {c.High}}}],");
        }
        return study;
    }

    private readonly record struct Table(int N, int D, int UD, int UO, int YD, int YO);

    private static int Count(Table t, int figure) => figure switch { 0 => t.D, 1 => t.UD + t.UO, 2 => t.UD, _ => t.YD + t.YO };

    private static IEnumerable<Table> Solutions(Case c, HashSet<string> judged)
    {
        for (var n = c.Low; n <= c.High; n++)
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
                                var t = new Table(n, d, ud, uo, yd, yo);
                                long[] of = [n, n, d, c.OfParent ? ud + uo : n];
                                if (c.Figures.All(k => !judged.Contains(Ids[k]) || Holds(c.Printed[k], Count(t, k), of[k], c.Rule)))
                                {
                                    yield return t;
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Whether <paramref name="count"/> of <paramref name="of"/> can be printed as <paramref name="p"/>.</summary>
    private static bool Holds(Printing p, long count, long of, RoundingRule rule)
    {
        if (p.IsCount)
        {
            // A count claims the count itself, whatever its denominator.
            return p.Qualifier switch { Qualifier.MoreThan => count > p.Scaled, Qualifier.AtLeast => count >= p.Scaled, _ => count == p.Scaled };
        }
        if (of == 0)
        {
            return false; // a share of nobody prints nothing
        }
        // x = 100·count/of; in units of half the printed step (u/2, u = 10^-decimals): 2x/u = 200·count·10^d / of.
        // Each comparison "2x/u against an integer m" is made as 200·count·10^d against m·of.
        var twice = 200 * count * PrintedPercent.Pow10(p.Decimals);
        int Against(long m) => twice.CompareTo(m * of);
        var s = 2 * p.Scaled; // the printed value in half steps
        if (p.Qualifier != Qualifier.None)
        {
            // Whole-percent printings (decimals 0): more than X is x > X, at least X is x ≥ X, nearly X is X − 5 ≤ x ≤ X,
            // about X is X − 2.5 ≤ x ≤ X + 2.5 (ends clipped to 0–100, which no share passes anyway). 2.5 % is 5 half steps.
            return p.Qualifier switch
            {
                Qualifier.MoreThan => Against(s) > 0,
                Qualifier.AtLeast => Against(s) >= 0,
                Qualifier.Nearly => Against(s - 10) >= 0 && Against(s) <= 0,
                _ => Against(s - 5) >= 0 && Against(s + 5) <= 0,
            };
        }
        // The rounding rules as intervals of exact shares around the printed value P: half-up [P − u/2, P + u/2),
        // half-down (P − u/2, P + u/2], half-even closed when P's last digit is even and open when odd, floor [P, P + u),
        // ceiling (P − u, P], up-or-down (P − u, P + u).
        return rule switch
        {
            RoundingRule.HalfUp => Against(s - 1) >= 0 && Against(s + 1) < 0,
            RoundingRule.HalfDown => Against(s - 1) > 0 && Against(s + 1) <= 0,
            RoundingRule.HalfEven => p.Scaled % 2 == 0 ? Against(s - 1) >= 0 && Against(s + 1) <= 0 : Against(s - 1) > 0 && Against(s + 1) < 0,
            RoundingRule.Floor => Against(s) >= 0 && Against(s + 2) < 0,
            RoundingRule.Ceiling => Against(s - 2) > 0 && Against(s) <= 0,
            _ => Against(s - 2) > 0 && Against(s + 2) < 0,
        };
    }
}
