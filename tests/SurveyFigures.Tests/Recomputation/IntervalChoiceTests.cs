using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Recomputation;

/// <summary>The interval names a run accepts: the count intervals everywhere, the weighted methods for weighted studies only.</summary>
public sealed class IntervalChoiceTests
{
    [Theory]
    [InlineData("wilson", IntervalMethod.Wilson, null)]
    [InlineData("Clopper-Pearson", IntervalMethod.ClopperPearson, null)]
    [InlineData("logit", IntervalMethod.Wilson, WeightedIntervalMethod.Logit)]
    [InlineData(" LOGIT ", IntervalMethod.Wilson, WeightedIntervalMethod.Logit)]
    [InlineData("korn-graubard", IntervalMethod.ClopperPearson, WeightedIntervalMethod.KornGraubard)]
    [InlineData("Wilson-N-Eff", IntervalMethod.Wilson, WeightedIntervalMethod.Wilson)]
    public void Names_ignore_case_and_say_which_interval_they_stand_for(string name, IntervalMethod counted, WeightedIntervalMethod? weighted)
    {
        var options = IntervalChoice.Apply(new RecomputeOptions(IntervalLevel: 0.9), name);
        Assert.Equal((counted, weighted, 0.9), (options.IntervalMethod, options.WeightedMethod, options.IntervalLevel));
    }

    [Fact]
    public void An_unknown_name_lists_every_name_and_where_it_applies()
    {
        var e = Assert.Throws<ArgumentException>(() => IntervalChoice.Apply(new RecomputeOptions(), "bootstrap"));
        Assert.Contains("'bootstrap'", e.Message);
        Assert.Contains("wilson, clopper-pearson, jeffreys, agresti-coull (any study) or wilson-n-eff, korn-graubard, logit (weighted studies only)", e.Message);
    }

    [Fact]
    public void Logit_gives_the_weighted_studys_logit_intervals_and_is_refused_for_an_unweighted_study()
    {
        var weighted = Study.Load(Fixtures.Study("weighted-panel"));
        var logit = IntervalChoice.Apply(new RecomputeOptions(), "logit");
        var results = StudyAnalysis.Run(weighted, logit).Results;
        Assert.All(results, r =>
        {
            Assert.Equal(WeightedIntervalMethod.Logit, r.Weighted!.Method);
            Assert.Equal(WeightedInterval.Compute(r.Weighted.Estimate, WeightedIntervalMethod.Logit), r.Interval);
        });
        // Not Wilson on n_eff: the default's intervals differ.
        Assert.NotEqual(StudyAnalysis.Run(weighted, new RecomputeOptions()).Results[0].Interval, results[0].Interval);

        var unweighted = Study.Load(Fixtures.Study("raking-panel"));
        var e = Assert.Throws<ArgumentException>(() => StudyAnalysis.Run(unweighted, logit));
        Assert.Contains("raking-panel is not weighted", e.Message);
        Assert.Contains("use one of wilson, clopper-pearson, jeffreys, agresti-coull", e.Message);
    }
}
