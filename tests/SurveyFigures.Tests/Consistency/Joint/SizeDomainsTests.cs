using SurveyFigures.Consistency;
using SurveyFigures.Consistency.Joint;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// The sizes <see cref="SizeDomains"/> lets an unknown denominator take are exactly those out of which every kept
/// version counted from it prints, checked size by size up to the whole sample against <see cref="PrintedCounts"/>
/// (itself checked against bisection), so the holes are implied and the enumeration's threshold loses none.
/// </summary>
public sealed class SizeDomainsTests
{
    private const string Header = "id,question,kind,label_fr,label_en,printed,qualifier,unit,base,column,value,read_low,read_high,source";
    private const string Young = """{"id":"young","label":{"fr":"Jeunes","en":"Young"},"column":"age","value":"young"}""";

    private static string Row(string id, string printed, string column, string baseId = "young", string qualifier = "", string kind = "multi", string low = "", string high = "") =>
        $"{id},q,{kind},Libellé {id},Label {id},{printed},{qualifier},,{baseId},{column},1,{low},{high},doc:s1";

    [Theory]
    [InlineData(RoundingRule.HalfUp)]
    [InlineData(RoundingRule.Floor)]
    [InlineData(RoundingRule.UpOrDown)]
    [InlineData(RoundingRule.HalfEven)]
    public void A_subgroup_of_unknown_size_may_take_exactly_the_sizes_every_share_of_it_prints_from(RoundingRule rule)
    {
        var rows = new[]
        {
            Row("a", "65", "a"), Row("b", "12.5", "b"), Row("c", "33", "c"), Row("d", "7", "d", qualifier: "nearly"),
            Row("e", "plus de la moitié", "e", kind: "verbal", low: "50", high: "100"), Row("all", "40", "a", baseId: "all"),
        };
        using var temp = new TempStudy(Header + "\n" + string.Join("\n", rows) + "\n", sampleSize: 1500, bases: Young);
        var study = temp.Load();
        var part = ModelParts.Split(study).Single(p => p.Contains("b"));
        var model = new StudyModel(study, rule, (_, _) => true, part);
        var onYoung = model.Constraints.Where(c => c.Figure.Base == "young").ToList();

        var restriction = Assert.Single(SizeDomains.Of(model, model.Constraints).Restrictions);

        var wrong = Enumerable.Range(1, 1500).Where(size =>
            restriction.Allowed.Contains(size) != onYoung.All(c => !PrintedCounts.For(c.Version, size, rule).IsEmpty)).ToList();
        Assert.True(wrong.Count == 0, $"sizes judged wrongly under {rule}: {string.Join(", ", wrong.Take(10))}");
        // 12.5 % needs a size of at least 8 under half-up (1 of 8); the domain starts there or later, never at 1.
        Assert.True(restriction.Allowed.Min() > 1);
    }

    [Fact]
    public void A_known_denominator_and_a_printed_count_add_no_restriction()
    {
        using var temp = new TempStudy(Header + "\n" + Row("all", "40", "a", baseId: "all") + "\n" + "n,q,multi,N,N,197,,count,young,n,1,,,doc:s1\n",
            sampleSize: 1850, bases: Young);
        var study = temp.Load();
        var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, [.. study.Figures.Select(f => f.Column).Distinct()]);
        Assert.Empty(SizeDomains.Of(model, model.Constraints).Restrictions);
    }

    [Fact]
    public void Shares_of_one_subgroup_that_no_size_prints_together_are_a_named_contradiction()
    {
        // By hand, half-up, out of at most 10: 13 % prints only out of 8 (1 of 8 is 12.5 %); 33 % out of 3, 6 and 9.
        using var temp = new TempStudy(Header + "\n" + Row("a", "13", "a") + "\n" + Row("b", "33", "b") + "\n", sampleSize: 10, bases: Young);
        var study = temp.Load();
        var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, [.. ModelParts.Split(study).Single()]);
        Assert.True(Assert.Single(SizeDomains.Of(model, model.Constraints).Restrictions).Allowed.IsEmpty(), "no size prints both");

        var checks = ConsistencyChecker.Check(study, RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);

        Assert.Equal(Verdict.Contradiction, checks["b"].Verdict);
        Assert.Equal(["a"], checks["b"].ContradictedBy);
    }
}
