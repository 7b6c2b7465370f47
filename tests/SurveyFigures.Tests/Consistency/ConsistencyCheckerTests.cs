using SurveyFigures.Data;
using SurveyFigures.Consistency;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency;

public class ConsistencyCheckerTests
{
    private static IReadOnlyList<FigureCheck> Check(string ledger, int n = 100, string residuals = "[]", string bases = "")
    {
        using var study = new TempStudy(ledger, n, residuals, bases: bases);
        return ConsistencyChecker.Check(study.Load(), RoundingRule.HalfUp);
    }

    [Fact]
    public void Shares_adding_to_100_are_consistent()
    {
        var checks = Check(TempStudy.Ledger(TempStudy.Row("a", "60", "c", "x", "single"), TempStudy.Row("b", "40", "c", "y", "single")));
        Assert.All(checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
    }

    [Fact]
    public void Shares_adding_to_101_hold_only_through_rounding()
    {
        // Out of 1000: 33.4 % ×3 rounds to 33 each; three shares printed 34 + 34 + 33 = 101 can come from 335 + 335 + 330.
        var checks = Check(TempStudy.Ledger(TempStudy.Row("a", "34", "c", "x", "single"), TempStudy.Row("b", "34", "c", "y", "single"), TempStudy.Row("d", "33", "c", "z", "single")), n: 1000);
        Assert.All(checks, c => Assert.Equal(Verdict.RoundedSum, c.Verdict));
        Assert.Contains("34 + 34 + 33 = 101 %", checks[0].Reason);
    }

    [Fact]
    public void Shares_short_of_100_without_residual_contradict_each_other()
    {
        var checks = Check(TempStudy.Ledger(TempStudy.Row("a", "40", "c", "x", "single"), TempStudy.Row("b", "57", "c", "y", "single")));
        Assert.All(checks, c => Assert.Equal(Verdict.Contradiction, c.Verdict));
        Assert.Equal(["b"], checks[0].ContradictedBy);
        Assert.True(checks[1].Dropped, "the later figure in ledger order is the one the rows leave out");
        Assert.Contains("no residual category", checks[0].Reason);
    }

    [Fact]
    public void Declared_residual_makes_the_gap_consistent_and_says_so()
    {
        const string residual = """[{"column":"c","value":"other","label":{"fr":"Autre","en":"Other"},"why":{"fr":"-","en":"-"}}]""";
        var checks = Check(TempStudy.Ledger(TempStudy.Row("a", "40", "c", "x", "single"), TempStudy.Row("b", "57", "c", "y", "single")), residuals: residual);
        Assert.All(checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
        Assert.Contains("3 %", checks[0].Reason);
        Assert.Contains("'other'", checks[0].Reason);
    }

    [Fact]
    public void A_value_no_count_reaches_is_impossible()
    {
        // Out of 7 respondents no count prints as 50 % under any rounding (3/7 = 42.9, 4/7 = 57.1).
        var check = Check(TempStudy.Ledger(TempStudy.Row("a", "50", "c")), n: 7).Single();
        Assert.Equal(Verdict.Impossible, check.Verdict);
        Assert.True(check.Feasible.IsEmpty);
    }

    [Fact]
    public void A_value_reached_only_by_rounding_down_fails_under_the_declared_rule_and_names_the_rules_that_hold()
    {
        // Out of 8: 1/8 = 12.5 % is 13 under half-up; 12 needs the publisher to have rounded halves down, to even, or truncated.
        var check = Check(TempStudy.Ledger(TempStudy.Row("a", "12", "c")), n: 8).Single();
        Assert.Equal(Verdict.OtherRounding, check.Verdict);
        Assert.Equal(new CountRange(1, 1), check.Feasible);
        Assert.Contains("Fails under the study's declared rule, half-up", check.Reason);
        Assert.Contains("0 of 8 prints 0 %, 1 prints 13 %", check.Reason);
        Assert.Contains("half-even", check.Reason);
        Assert.Contains("floor", check.Reason);
        Assert.DoesNotContain("ceiling", check.Reason);
    }

    [Fact]
    public void Nested_part_larger_than_its_parent_contradicts_it()
    {
        var checks = Check(TempStudy.Ledger(TempStudy.Row("p", "30", "c1"), TempStudy.Row("a", "45", "c2", kind: "nested", parent: "p", of: "base")));
        var part = checks.Single(c => c.Figure.Id == "a");
        Assert.Equal(Verdict.Contradiction, part.Verdict);
        Assert.Equal(["p"], part.ContradictedBy);
        // Out of 100 the parent's 30 % allows exactly 30 respondents and the part's 45 % exactly 45, which cannot lie inside them.
        Assert.Contains("a (45 %; figures.csv line 3) needs 45 alone, the others leave it 0–30", part.Reason);
    }

    [Fact]
    public void Verbal_figure_is_untestable()
    {
        var check = Check(TempStudy.Ledger(TempStudy.Row("a", "près de deux tiers", "c", kind: "verbal", low: "60", high: "\"66,7\""))).Single();
        Assert.Equal(Verdict.Untestable, check.Verdict);
        Assert.Contains("60–66.7 %", check.Reason);
    }

    [Fact]
    public void Subgroup_figures_are_checked_against_every_feasible_subgroup_size()
    {
        const string doctors = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"figure":"share"}""";
        var checks = Check(TempStudy.Ledger(TempStudy.Row("share", "54", "profession", "doctor", "single"), TempStudy.Row("other", "46", "profession", "other", "single"),
            TempStudy.Row("a", "66", "c", baseId: "doctors")), n: 760, bases: doctors);
        var check = checks.Single(c => c.Figure.Id == "a");
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Equal(Enumerable.Range(407, 8), check.BaseSizes);
    }

    [Fact]
    public void Real_studies_have_no_impossible_figure_and_segur_names_its_residual()
    {
        foreach (var analysis in RepositoryStudies.Analyses)
        {
            Assert.DoesNotContain(analysis.Checks, c => c.Verdict == Verdict.Impossible);
        }
        var segur = RepositoryStudies.Analysis("lifen-secretariats-2024").Checks.Single(c => c.Figure.Id == "segur.no-change");
        Assert.Equal(Verdict.Consistent, segur.Verdict);
        Assert.Contains("97 %", segur.Reason);
        Assert.Equal(Verdict.Untestable, RepositoryStudies.Analysis("pulselife-barometer-2025").Checks.Single(c => c.Figure.Id == "in-consultation.all").Verdict);
    }
}
