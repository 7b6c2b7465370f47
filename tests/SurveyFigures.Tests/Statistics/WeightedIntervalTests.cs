using System.Globalization;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Statistics;

/// <summary>
/// Weighted shares, their design-based variance, n_eff, design effect and intervals against R's survey package:
/// reference/weighted_references.csv, written by reference/make_weighted_references.R from reference/weighted_sample.csv
/// (the CSV header records the R and survey versions). CI reads the CSVs; it does not need R.
/// </summary>
public class WeightedIntervalTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string, string, string, double> Cases()
    {
        var data = new TheoryData<string, string, string, double>();
        foreach (var r in References())
        {
            data.Add(r["design"], r["domain"], r["item"], D(r["level"]));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimate_variance_and_intervals_equal_R_survey(string design, string domain, string item, double level)
    {
        // Source: R survey 4.1.1 via reference/make_weighted_references.R → weighted_references.csv.
        var expected = References().Single(r => r["design"] == design && r["domain"] == domain && r["item"] == item && D(r["level"]) == level);
        var (sample, masks) = Sample(design);
        var e = sample.Estimate(domain == "all" ? RowMask.All(sample.RowCount) : masks["domain"], masks[item])!.Value;

        Assert.Equal(D(expected["estimate"]), e.Proportion, 1e-12);
        Assert.Equal(1, e.Variance / D(expected["variance"]), 1e-9);
        Assert.Equal(int.Parse(expected["rows"], CultureInfo.InvariantCulture), e.Rows);
        Assert.Equal(int.Parse(expected["df"], CultureInfo.InvariantCulture), e.DegreesOfFreedom);
        Assert.Equal(D(expected["n_eff_kish"]), e.KishEffectiveSize, 1e-9);
        Assert.Equal(D(expected["deff"]), e.DesignEffect, 1e-9);
        foreach (var (method, prefix) in new[] { (WeightedIntervalMethod.KornGraubard, "beta"), (WeightedIntervalMethod.Logit, "logit"), (WeightedIntervalMethod.Wilson, "wilson") })
        {
            var interval = WeightedInterval.Compute(e, method, level);
            Assert.True(Math.Abs(interval.Low - D(expected[prefix + "_low"])) < Tolerance, $"{prefix} low {interval.Low} vs R {expected[prefix + "_low"]}");
            Assert.True(Math.Abs(interval.High - D(expected[prefix + "_high"])) < Tolerance, $"{prefix} high {interval.High} vs R {expected[prefix + "_high"]}");
        }
    }

    [Fact]
    public void Every_design_domain_item_and_level_is_in_the_reference()
    {
        // 3 designs × 2 domains × 2 items × 2 levels; a row lost from the CSV would silently drop a comparison.
        Assert.Equal(24, References().Count);
        Assert.Contains(References(), r => r["design"] == "clusters" && r["domain"] == "domain" && int.Parse(r["df"], CultureInfo.InvariantCulture) < int.Parse(r["rows"], CultureInfo.InvariantCulture) - 1);
    }

    [Theory]
    [InlineData("weights")]
    [InlineData("strata")]
    [InlineData("clusters")]
    public void Exact_sums_come_from_the_same_pass_and_change_nothing_else(string design)
    {
        var (sample, masks) = Sample(design);
        // The weights as written (four decimals) in whole units of 1/10 000, summed independently of the design.
        var units = ReferenceCsv.Read("weighted_sample.csv").Select(r => (long)(decimal.Parse(r["weight"], CultureInfo.InvariantCulture) * 10_000)).ToArray();
        var domain = masks["domain"];
        var rows = Enumerable.Range(0, units.Length).Where(domain.Contains).ToList();
        var e = sample.Estimate(domain, masks["y"], units, out var item, out var all);
        Assert.Equal(sample.Estimate(domain, masks["y"]), e);
        Assert.Equal(rows.Sum(r => units[r]), (long)all);
        Assert.Equal(rows.Where(masks["y"].Contains).Sum(r => units[r]), (long)item);
    }

    [Fact]
    public void Equal_weights_give_Kish_n_eff_n_and_design_effect_one_under_a_simple_random_design()
    {
        var weights = Enumerable.Repeat(2.5, 50).ToArray();
        var item = RowMask.Where(Enumerable.Range(0, 50).Select(i => i < 20 ? "1" : "0").ToArray(), "1");
        var e = new SurveyDesign(weights).Estimate(RowMask.All(50), item)!.Value;
        Assert.Equal(0.4, e.Proportion, 1e-15);
        Assert.Equal(50, e.KishEffectiveSize, 1e-12);
        Assert.Equal(1, e.DesignEffect, 1e-12);
    }

    [Fact]
    public void Without_degrees_of_freedom_the_design_based_intervals_say_nothing_is_known()
    {
        // One cluster: no PSU to compare with another, as R (degf 0) gives NaN.
        var weights = new[] { 1.0, 2, 3, 4 };
        var sample = new SurveyDesign(weights, clusters: ["a", "a", "a", "a"]);
        var e = sample.Estimate(RowMask.All(4), RowMask.Where(["1", "0", "1", "0"], "1"))!.Value;
        Assert.Equal(0, e.DegreesOfFreedom);
        Assert.Equal(new ProportionInterval(0, 1), WeightedInterval.Compute(e, WeightedIntervalMethod.KornGraubard));
        Assert.Equal(new ProportionInterval(0, 1), WeightedInterval.Compute(e, WeightedIntervalMethod.Logit));
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static (SurveyDesign Design, Dictionary<string, RowMask> Masks) Sample(string design)
    {
        var rows = ReferenceCsv.Read("weighted_sample.csv");
        var weights = rows.Select(r => D(r["weight"])).ToArray();
        var strata = design == "weights" ? null : rows.Select(r => r["stratum"]).ToArray();
        var clusters = design == "clusters" ? rows.Select(r => r["cluster"]).ToArray() : null;
        var masks = new[] { "y", "rare", "domain" }.ToDictionary(c => c, c => RowMask.Where(rows.Select(r => r[c]).ToArray(), "1"));
        return (new SurveyDesign(weights, strata, clusters), masks);
    }

    private static List<Dictionary<string, string>> References() => ReferenceCsv.Read("weighted_references.csv");
}
