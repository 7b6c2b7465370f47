using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency;

/// <summary>
/// A subgroup whose size is not published ("18–34-year-olds") is never sized as the whole sample: its figures are
/// checked over every size, their verdict says the size is unknown and which sizes they can be a share of, and the
/// rows mark its members in a column of their own.
/// </summary>
public sealed class UnknownSubgroupTests
{
    private const string Young = """{"id":"young","label":{"fr":"18-34 ans","en":"Aged 18-34"},"column":"age_band","value":"18-34"}""";

    [Fact]
    public void A_share_of_a_subgroup_of_unknown_size_is_untestable_and_names_the_sizes_it_fits()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("use.all", "40", "uses"), TempStudy.Row("use.young", "65", "uses", baseId: "young")),
            sampleSize: 1850, bases: Young);
        var check = ConsistencyChecker.Check(study.Load(), RoundingRule.HalfUp).Single(c => c.Figure.Id == "use.young");

        Assert.Equal(Verdict.Untestable, check.Verdict);
        // By hand, half-up: 65 % of 17 is 11/17 = 64.7 %; of 20, 13/20; no count of 1–16, 18 or 19 respondents prints 65 %.
        Assert.Contains("can be a share of 17, 20, 23", check.Reason);
        Assert.Equal(1850, check.BaseSizes.Count);
        Assert.True(check.JointDenominator.Min >= 17, $"the subgroup cannot be smaller than 17, got {check.JointDenominator}");
    }

    [Fact]
    public void The_rows_mark_the_subgroup_and_its_share_is_computed_on_it_as_an_assumed_size()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("use.all", "40", "uses"), TempStudy.Row("use.young", "65", "uses", baseId: "young")),
            sampleSize: 1850, bases: Young);
        var loaded = study.Load();
        var rows = RespondentGenerator.Generate(loaded, RoundingRule.HalfUp);
        var analysis = StudyAnalysis.FromRespondents(loaded, rows, new RecomputeOptions(RoundingRule.HalfUp));

        Assert.Empty(analysis.Mismatches);
        var young = analysis.Results.Single(r => r.Figure.Id == "use.young");
        Assert.Equal(rows.Column("age_band").Count(v => v == "18-34"), young.BaseN);
        Assert.True(young.BaseN < 1850, "the subgroup is not the whole sample");
        Assert.True(BaseSizeText.IsAssumed(loaded, young));
    }

    [Fact]
    public void A_subgroup_with_neither_a_size_figure_nor_a_column_is_refused()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("use.young", "65", "uses", baseId: "young")),
            bases: """{"id":"young","label":{"fr":"18-34 ans","en":"Aged 18-34"}}""");
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Contains("base 'young' must say how its respondents are known", e.Message);
        Assert.Contains("\"column\" and \"value\"", e.Message);
    }
}
