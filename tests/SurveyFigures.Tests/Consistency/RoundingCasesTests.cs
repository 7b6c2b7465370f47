using SurveyFigures.Views;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency;

/// <summary>
/// The fixture study tests/Fixtures/studies/rounding-cases holds two deliberately impossible printings out of 540: a
/// 7.9 % no count prints under the declared half-up rule (42/540 = 7.78 → 7.8; 43/540 = 7.96 → 8.0, which truncation
/// prints 7.9), and a single-choice question printed 52 % + 52 % = 104 % (each share needs at least 279 of 540).
/// </summary>
public class RoundingCasesTests
{
    private static readonly Study Study = Study.Load(Fixtures.Study("rounding-cases"));
    private static readonly IReadOnlyList<FigureCheck> Checks = ConsistencyChecker.Check(Study, RoundingRule.HalfUp);

    private static FigureCheck Check(string id) => Checks.Single(c => c.Figure.Id == id);

    [Fact]
    public void Seven_point_nine_fails_under_the_declared_rule_and_holds_only_under_truncation()
    {
        var check = Check("decimals.seven-point-nine");
        Assert.Equal(Verdict.OtherRounding, check.Verdict);
        Assert.Contains("Fails under the study's declared rule, half-up: no count out of 540 prints as 7.9 % (42 of 540 prints 7.8 %, 43 prints 8.0 %)", check.Reason);
        Assert.Contains("holds only under another rule: floor (43 of 540)", check.Reason);
        Assert.DoesNotContain("ceiling", check.Reason);
        Assert.Equal(new CountRange(43, 43), check.Feasible);
    }

    [Fact]
    public void The_other_rounding_verdict_never_reads_as_consistent()
    {
        foreach (var language in new[] { Language.En, Language.Fr })
        {
            var name = ResultTerms.VerdictName(Verdict.OtherRounding, language);
            Assert.NotEqual(ResultTerms.VerdictName(Verdict.Consistent, language), name);
            Assert.Contains(language == Language.En ? "fails under the declared rule" : "incohérent avec la règle déclarée", name);
        }
        Assert.Equal("other-rounding", Verdicts.Name(Verdict.OtherRounding));
    }

    [Fact]
    public void Shares_past_100_contradict_each_other_and_the_reason_gives_the_printed_sum()
    {
        foreach (var id in new[] { "overfull.yes", "overfull.no" })
        {
            var check = Check(id);
            Assert.Equal(Verdict.Contradiction, check.Verdict);
            Assert.Contains("add up to 52 + 52 = 104 %", check.Reason);
            Assert.Contains("These 2 figures cannot all hold", check.Reason);
        }
    }

    [Fact]
    public void Each_verdict_has_its_own_words_in_both_languages()
    {
        foreach (var language in new[] { Language.En, Language.Fr })
        {
            var names = Verdicts.All.Select(v => ResultTerms.VerdictName(v, language)).ToList();
            Assert.Equal(names.Count, names.Distinct().Count());
        }
    }
}
