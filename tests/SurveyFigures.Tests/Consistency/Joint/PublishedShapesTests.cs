using SurveyFigures.Data;
using SurveyFigures.Consistency;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>Shapes real studies print that the ledger now says: nesting at any depth, and a subgroup within a subgroup.</summary>
public sealed class PublishedShapesTests
{
    private static StudyAnalysis Rebuilt(TempStudy study)
    {
        var loaded = study.Load();
        var rows = RespondentGenerator.Generate(loaded, RoundingRule.HalfUp);
        return StudyAnalysis.FromRespondents(loaded, rows, new RecomputeOptions(RoundingRule.HalfUp));
    }

    [Fact]
    public void Nesting_three_deep_is_checked_and_rebuilt_and_a_part_above_its_parent_is_named()
    {
        // Users 88 %, weekly 70 % of everybody (inside the users), daily 40 % of everybody (inside the weekly users).
        string Ledger(string daily) => TempStudy.Ledger(
            TempStudy.Row("use.any", "88", "uses"),
            TempStudy.Row("use.weekly", "70", "weekly", kind: "nested", parent: "use.any", of: "base"),
            TempStudy.Row("use.daily", daily, "daily", kind: "nested", parent: "use.weekly", of: "base"));
        using var study = new TempStudy(Ledger("40"), sampleSize: 760);
        var analysis = Rebuilt(study);
        Assert.All(analysis.Checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
        Assert.Empty(analysis.Mismatches);
        // In the rows, every daily user is a weekly user and every weekly user a user.
        var rows = analysis.Respondents;
        Assert.All(Enumerable.Range(0, rows.RowCount).Where(r => rows.Column("daily")[r] == "1"), r => Assert.Equal("1", rows.Column("weekly")[r]));
        Assert.All(Enumerable.Range(0, rows.RowCount).Where(r => rows.Column("weekly")[r] == "1"), r => Assert.Equal("1", rows.Column("uses")[r]));

        using var wrong = new TempStudy(Ledger("75"), sampleSize: 760);
        var daily = ConsistencyChecker.Check(wrong.Load(), RoundingRule.HalfUp).Single(c => c.Figure.Id == "use.daily");
        Assert.Equal(Verdict.Contradiction, daily.Verdict);
        Assert.Equal(["use.weekly"], daily.ContradictedBy);
    }

    [Fact]
    public void A_subgroup_within_a_subgroup_is_their_intersection()
    {
        // Doctors 52 % of 1,700; 30 % of the doctors practise in a medical desert; 65 % of those use a tool.
        const string bases = """
            {"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"figure":"prof.doctor"},
            {"id":"desert-doctors","label":{"fr":"Médecins en désert médical","en":"Doctors in a medical desert"},"figure":"desert.doctors"}
            """;
        const string residual = """[{"column":"profession","value":"other","label":{"fr":"Autres","en":"Others"},"why":{"fr":"-","en":"-"}}]""";
        using var study = new TempStudy(TempStudy.Ledger(
            TempStudy.Row("prof.doctor", "52", "profession", "doctor", "single"),
            TempStudy.Row("desert.doctors", "30", "desert", baseId: "doctors"),
            TempStudy.Row("use.desert-doctors", "65", "uses", baseId: "desert-doctors")), sampleSize: 1700, bases: bases, residuals: residual);
        var analysis = Rebuilt(study);
        Assert.All(analysis.Checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
        Assert.Empty(analysis.Mismatches);
        var use = analysis.Results.Single(r => r.Figure.Id == "use.desert-doctors");
        var rows = analysis.Respondents;
        var inBoth = Enumerable.Range(0, rows.RowCount).Count(r => rows.Column("profession")[r] == "doctor" && rows.Column("desert")[r] == "1");
        Assert.Equal(inBoth, use.BaseN);
        // Alone, the intersection has 30 % of 876–892 doctors: from 259 (29.5 % of 876 is 258.4) to 272 (30.5 % of 892 is
        // 272.06), half-up: the sizes the check runs over.
        var check = analysis.Checks.Single(c => c.Figure.Id == "use.desert-doctors");
        Assert.Equal(259, check.BaseSizes[0]);
        Assert.Equal(272, check.BaseSizes[^1]);
    }
}
