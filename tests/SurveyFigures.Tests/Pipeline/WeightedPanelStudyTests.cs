using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Pipeline;

/// <summary>
/// tests/Fixtures/studies/weighted-panel: invented rows raked to stated margins (tests/Fixtures/make_weighted_panel.R),
/// whose ledger prints weighted shares. Read and recomputed as reproduce does: every figure is reproduced by its
/// weighted share, which the unweighted counts would not give.
/// </summary>
public sealed class WeightedPanelStudyTests
{
    private static readonly Lazy<StudyAnalysis> Analysis = new(() =>
        StudyAnalysis.Run(Study.Load(Fixtures.Study("weighted-panel")), new RecomputeOptions()));

    private static FigureResult Result(string id) => Analysis.Value.Results.Single(r => r.Figure.Id == id);

    [Fact]
    public void Every_printed_figure_is_given_back_by_its_weighted_share()
    {
        Assert.Empty(Analysis.Value.Mismatches);
        Assert.All(Analysis.Value.Results, r => Assert.NotNull(r.Weighted));
    }

    [Fact]
    public void The_weighted_share_is_the_exact_ratio_of_the_written_weights_and_the_unweighted_one_stands_beside_it()
    {
        // Independently of the library: decimal sums of the weight column as written, for the doctors.
        // Read by column name through CsvHelper (CsvRecords), so a quoted field with a comma cannot shift a column.
        var lines = CsvRecords.Read(Path.Combine(Fixtures.Study("weighted-panel"), "respondents.csv"));
        var all = lines.Sum(f => decimal.Parse(f["weight"], CultureInfo.InvariantCulture));
        var doctors = lines.Where(f => f["profession"] == "doctor").Sum(f => decimal.Parse(f["weight"], CultureInfo.InvariantCulture));
        var r = Result("sample.profession.doctor");
        Assert.Equal(100m * doctors / all, r.ComputedPercent);
        Assert.Equal(100m * lines.Count(f => f["profession"] == "doctor") / lines.Count, r.Weighted!.UnweightedPercent);
        // Doctors are over-represented in the rows (59.5 %) and raked to 45 %: the unweighted share would not print as 45.
        Assert.Equal("45", r.Figure.Printed);
        Assert.NotEqual(45m, Math.Round(r.Weighted.UnweightedPercent));
        Assert.True(r.MatchesPrinted);
    }

    [Fact]
    public void Counts_do_not_apply_and_the_interval_n_eff_and_design_effect_are_the_designs()
    {
        var r = Result("usage.tools");
        Assert.True(r.Feasible.IsEmpty);
        var e = r.Weighted!.Estimate;
        Assert.Equal(400, e.Rows);
        Assert.Equal(398, e.DegreesOfFreedom); // 400 rows in two strata (region)
        Assert.InRange(r.Weighted.KishEffectiveSize, 1, 400);
        Assert.True(r.Weighted.KishEffectiveSize < 400, "raking weights vary, so n_eff is below n");
        Assert.Equal(WeightedInterval.Compute(e, WeightedIntervalMethod.Wilson), r.Interval);
        Assert.InRange((double)r.ComputedPercent / 100, r.Interval.Low, r.Interval.High);
    }

    [Fact]
    public void A_nested_share_and_a_subgroup_share_take_their_own_domains()
    {
        Assert.Equal(400, Result("usage.daily").Weighted!.Estimate.Rows);
        Assert.Equal(Result("sample.profession.doctor").Count, Result("doctors.teleconsultation").Weighted!.Estimate.Rows);
    }

    [Fact]
    public void Korn_Graubard_stands_for_Clopper_Pearson_and_a_method_without_a_design_based_form_is_refused()
    {
        var study = Study.Load(Fixtures.Study("weighted-panel"));
        var kg = StudyAnalysis.Run(study, new RecomputeOptions(IntervalMethod: IntervalMethod.ClopperPearson)).Results[0];
        Assert.Equal(WeightedIntervalMethod.KornGraubard, kg.Weighted!.Method);
        var e = Assert.Throws<InvalidOperationException>(() => StudyAnalysis.Run(study, new RecomputeOptions(IntervalMethod: IntervalMethod.Jeffreys)));
        Assert.Contains("weighted", e.Message);
        Assert.Contains("jeffreys", e.Message);
    }
}
