using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>A count printed instead of a share ("197 patients" of 1 850): ledger column unit = count.</summary>
public sealed class PrintedCountTests
{
    private const string Header = "id,question,kind,label_fr,label_en,printed,qualifier,unit,base,column,value,read_low,read_high,source";

    private static string Row(string id, string printed, string column, string value, string kind = "single", string unit = "", string qualifier = "",
        string low = "", string high = "", string baseId = "all", string source = "doc:s1") =>
        $"{id},q,{kind},Libellé {id},Label {id},{printed},{qualifier},{unit},{baseId},{column},{value},{low},{high},{source}";

    private static string Ledger(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static Dictionary<string, FigureCheck> Check(TempStudy study) =>
        ConsistencyChecker.Check(study.Load(), RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);

    [Fact]
    public void A_count_of_non_users_beside_more_than_nine_in_ten_users_is_a_named_contradiction()
    {
        // 197 of 1 850 do not use them, so at most 1 653 do: 89.4 %, not "plus de 9 sur 10" (read as 90–100 %).
        using var study = new TempStudy(Ledger(
            Row("use.yes", "plus de 9 sur 10", "use", "yes", kind: "verbal", low: "90", high: "100"),
            Row("use.no", "197", "use", "no", unit: "count")), sampleSize: 1850);
        var checks = Check(study);
        Assert.Equal(Verdict.Consistent, ConsistencyChecker.CheckAlone(study.Load(), RoundingRule.HalfUp).Single(c => c.Figure.Id == "use.no").Verdict);
        Assert.Equal(Verdict.Contradiction, checks["use.no"].Verdict);
        Assert.Equal(["use.yes"], checks["use.no"].ContradictedBy);
        Assert.Equal(["use.no"], checks["use.yes"].ContradictedBy);
        // The count stands alone exactly: the others leave it 0–185 (at least 1 665 users of 1 850).
        Assert.Equal(new CountRange(197, 197), checks["use.no"].Feasible);
        Assert.Contains("use.no (197 (count); figures.csv line 3)", checks["use.no"].Reason);
        Assert.Contains("use.yes (plus de 9 sur 10; figures.csv line 2)", checks["use.no"].Reason);
    }

    [Fact]
    public void A_count_and_a_share_of_the_same_item_agree_and_the_rows_hold_exactly_that_many()
    {
        using var study = new TempStudy(Ledger(
            Row("use.no", "197", "use", "no", unit: "count"),
            Row("use.no", "10.6", "", "", kind: "", source: "other:s1"),
            Row("use.yes", "89", "use", "yes")), sampleSize: 1850,
            sources: """{"id": "other", "document": "Another", "publisher": "Else", "published": "2025", "address": "https://example.org/other", "retrieved": "2026-01-01", "sections": {"s1": "one"}}""");
        var loaded = study.Load();
        var figure = loaded.Figure("use.no");
        Assert.Equal(197, figure.Primary.Count);
        Assert.Null(figure.Versions[1].Count);
        var checks = Check(study);
        Assert.All(checks.Values, c => Assert.Equal(Verdict.Consistent, c.Verdict));
        Assert.Equal(new CountRange(197, 197), checks["use.no"].Joint);
        var rows = RespondentGenerator.Generate(loaded, RoundingRule.HalfUp);
        Assert.Equal(197, rows.Column("use").Count(v => v == "no"));
        var analysis = StudyAnalysis.FromRespondents(loaded, rows, new RecomputeOptions(RoundingRule.HalfUp));
        Assert.Empty(analysis.Mismatches);
        Assert.True(analysis.Results.Single(r => r.Figure.Id == "use.no").Reproduces(figure.Primary));
    }

    [Fact]
    public void A_count_in_a_subgroup_of_unpublished_size_is_exact_and_bounds_the_subgroup()
    {
        const string bases = """{"id":"desert","label":{"fr":"Désert","en":"Desert"},"column":"desert","value":"1"}""";
        using var study = new TempStudy(Ledger(
            Row("use.desert", "65", "uses", "1", kind: "multi", unit: "count", baseId: "desert"),
            Row("use.all", "50", "uses", "1", kind: "multi")), sampleSize: 400, bases: bases);
        var checks = Check(study);
        Assert.Equal(new CountRange(65, 65), checks["use.desert"].Joint);
        // By hand: the subgroup holds its 65 users and any of the non-users; 50 % of 400 is 198–201 users, so at most
        // 400 − 198 = 202 non-users, and the subgroup runs from 65 to 65 + 202 = 267.
        Assert.Equal(new CountRange(65, 267), checks["use.desert"].JointDenominator);
    }

    [Theory]
    [InlineData("more-than", 198, 1850)]
    [InlineData("at-least", 197, 1850)]
    public void A_qualified_count_is_a_lower_bound(string qualifier, int min, int max)
    {
        using var study = new TempStudy(Ledger(Row("use.no", "197", "use", "1", kind: "multi", unit: "count", qualifier: qualifier)), sampleSize: 1850);
        Assert.Equal(new CountRange(min, max), Check(study)["use.no"].Feasible);
    }

    [Fact]
    public void A_count_above_its_base_is_impossible_and_groups_of_digits_are_read()
    {
        using var study = new TempStudy(Ledger(Row("use.no", "1 900", "use", "1", kind: "multi", unit: "count")), sampleSize: 1850);
        var check = Check(study)["use.no"];
        Assert.Equal(1900, check.Figure.Primary.Count);
        Assert.Equal(Verdict.Impossible, check.Verdict);
        Assert.Contains("above the 1850 respondents", check.Reason);
        Assert.Equal("1900 personnes", Numbers.Printed(check.Figure.Primary, Language.Fr));
        Assert.Equal("more than 1 person", Numbers.Printed(check.Figure.Primary with { Count = 1, Qualifier = Qualifier.MoreThan }, Language.En));
    }

    [Theory]
    [InlineData("counts", "197", "", "unit", "unknown unit")]
    [InlineData("count", "1,850", "", "printed", "not a printed count")]
    [InlineData("count", "12.5", "", "printed", "not a printed count")]
    [InlineData("count", "197", "nearly", "qualifier", "a count can only be exact or a lower bound")]
    public void Bad_counts_are_refused_with_line_and_column(string unit, string printed, string qualifier, string column, string problem)
    {
        using var study = new TempStudy(Ledger(Row("use.no", $"\"{printed}\"", "use", "1", kind: "multi", unit: unit, qualifier: qualifier)), sampleSize: 1850);
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Message);
    }
}
