using SurveyFigures.Data;
using SurveyFigures.Consistency;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Reconstruction;

public class RespondentGeneratorTests
{
    [Theory]
    [InlineData("pulselife-barometer-2025")]
    [InlineData("lifen-secretariats-2024")]
    public void Regeneration_is_byte_identical_to_the_committed_file(string id)
    {
        var study = RepositoryStudies.Get(id);
        var temp = Path.Combine(Path.GetTempPath(), $"respondents-{Guid.NewGuid():N}.csv");
        try
        {
            RespondentCsv.Write(RespondentGenerator.Generate(study, RoundingRule.HalfUp), temp);
            Assert.Equal(File.ReadAllBytes(study.RespondentsPath), File.ReadAllBytes(temp));
        }
        finally
        {
            File.Delete(temp);
        }
    }

    [Fact]
    public void Generated_rows_reproduce_every_figure_of_a_new_ledger()
    {
        using var study = new TempStudy(TempStudy.Ledger(
            TempStudy.Row("p", "37", "c1"),
            TempStudy.Row("n", "12", "c2", kind: "nested", parent: "p", of: "parent"),
            TempStudy.Row("x", "61", "c3", "x", "single"),
            TempStudy.Row("y", "39", "c3", "y", "single")), sampleSize: 333);
        var loaded = study.Load();
        var analysis = StudyAnalysis.FromRespondents(loaded, RespondentGenerator.Generate(loaded, RoundingRule.HalfUp), new RecomputeOptions());
        Assert.Empty(analysis.Mismatches);
        Assert.Equal(333, analysis.Respondents.RowCount);
    }

    [Fact]
    public void Contradicting_figures_keep_the_first_in_ledger_order_and_name_the_one_left_out()
    {
        // Two categories of one question at 60 % and 50 % of the same 100 people cannot both hold.
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("x", "60", "c", "x", "single"), TempStudy.Row("y", "50", "c", "y", "single")));
        var loaded = study.Load();
        var rows = RespondentGenerator.Generate(loaded, RoundingRule.HalfUp);
        Assert.Equal(60, rows.Column("c").Count(v => v == "x"));
        var y = ConsistencyChecker.Check(loaded, RoundingRule.HalfUp).Single(c => c.Figure.Id == "y");
        Assert.Equal(Verdict.Contradiction, y.Verdict);
        Assert.True(y.Dropped);
        Assert.Equal(["x"], y.ContradictedBy);
        // Given x's 60 people, and no residual category declared, y's category holds exactly the other 40.
        Assert.Equal(new CountRange(40, 40), y.Joint);
    }

    [Fact]
    public void Subgroup_share_is_met_inside_the_subgroup()
    {
        var analysis = RepositoryStudies.Analysis("pulselife-barometer-2025");
        var profession = analysis.Respondents.Column("profession");
        var inFront = analysis.Respondents.Column("in_front_of_patients");
        var doctors = Enumerable.Range(0, profession.Length).Where(r => profession[r] == "doctor").ToList();
        var yes = doctors.Count(r => inFront[r] == "1");
        Assert.True(Rounding.Matches(yes, doctors.Count, SurveyFigures.Data.PrintedPercent.TryParse("66")!.Value, RoundingRule.HalfUp));
    }

    [Fact]
    public void Shuffle_depends_only_on_its_key()
    {
        Assert.Equal(StableShuffle.Permutation("a/b", 50), StableShuffle.Permutation("a/b", 50));
        Assert.NotEqual(StableShuffle.Permutation("a/b", 50), StableShuffle.Permutation("a/c", 50));
        Assert.Equal(Enumerable.Range(0, 50), StableShuffle.Permutation("a/b", 50).Order());
    }
}
