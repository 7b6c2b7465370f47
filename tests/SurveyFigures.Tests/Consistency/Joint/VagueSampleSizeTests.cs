using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// A sample size printed only vaguely ("près de 1 700"): null in sample_size, each printing with the sizes it is read as
/// in sample_size_printed. The size becomes an unknown of the joint model, checked over every size the reading allows.
/// </summary>
public sealed class VagueSampleSizeTests
{
    private const string Exact = "\"sample_size\": 100,";

    private static string Printed(params (string Text, int Low, int High)[] printings) =>
        "\"sample_size\": null, \"sample_size_printed\": ["
        + string.Join(", ", printings.Select(p => $$"""{"text": "{{p.Text}}", "source": "doc:s1", "low": {{p.Low}}, "high": {{p.High}}}"""))
        + "],";

    private static TempStudy Vague(string ledger, params (string Text, int Low, int High)[] printings)
    {
        var study = new TempStudy(ledger);
        study.EditMetadata(Exact, Printed(printings));
        return study;
    }

    [Fact]
    public void Figures_are_checked_over_every_size_of_the_reading_and_the_rows_take_one_of_them()
    {
        using var study = Vague(TempStudy.Ledger(
            TempStudy.Row("use.any", "53", "uses"),
            TempStudy.Row("use.ai", "46", "ai", kind: "nested", parent: "use.any", of: "base")), ("près de 1 700", 1600, 1700));
        var loaded = study.Load();
        Assert.False(loaded.Metadata.Sample.IsExact);
        var checks = ConsistencyChecker.Check(loaded, RoundingRule.HalfUp);
        Assert.All(checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
        Assert.All(checks, c => Assert.Equal(new CountRange(1600, 1700), c.JointDenominator));
        // Consistent only on the stated reading, and the verdict says so.
        Assert.All(checks, c => Assert.Contains("read as 1600–1700", c.Reason));
        var rows = RespondentGenerator.Generate(loaded, RoundingRule.HalfUp);
        Assert.InRange(rows.RowCount, 1600, 1700);
        var analysis = StudyAnalysis.FromRespondents(loaded, rows, new RecomputeOptions(RoundingRule.HalfUp));
        Assert.Empty(analysis.Mismatches);
        Assert.Equal(rows.RowCount, RespondentGenerator.Generate(loaded, RoundingRule.HalfUp).RowCount);
    }

    [Theory]
    [InlineData("33.3", "66.7", 2, 40)]
    [InlineData("45.5", "9.1", 10, 12)]
    [InlineData("12.5", "37.5", 20, 70)]
    [InlineData("14.3", "28.6", 5, 60)]
    public void The_sizes_and_counts_the_model_allows_match_enumeration(string a, string b, int low, int high)
    {
        // Brute-force oracle: two yes/no figures of the whole sample are independent given n, so a size n is possible
        // exactly when each has a count at n, and a figure's counts given the other are the union over those sizes.
        using var study = Vague(TempStudy.Ledger(TempStudy.Row("fig.a", a, "a"), TempStudy.Row("fig.b", b, "b")), ("vague", low, high));
        var loaded = study.Load();
        var checks = ConsistencyChecker.Check(loaded, RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);
        var possible = Enumerable.Range(low, high - low + 1)
            .Where(n => loaded.Figures.All(f => !PrintedCounts.For(f, n, RoundingRule.HalfUp).IsEmpty)).ToList();
        Assert.NotEmpty(possible);
        foreach (var f in loaded.Figures)
        {
            var counts = possible.Select(n => PrintedCounts.For(f, n, RoundingRule.HalfUp)).ToList();
            Assert.Equal(new CountRange(counts.Min(c => c.Min), counts.Max(c => c.Max)), checks[f.Id].Joint);
            Assert.Equal(new CountRange(possible[0], possible[^1]), checks[f.Id].JointDenominator);
        }
    }

    [Fact]
    public void Two_figures_that_need_different_sizes_of_a_vague_sample_contradict_each_other()
    {
        // Between 10 and 12 respondents, 45.5 % is only 5 of 11 and 41.7 % only 5 of 12: each holds alone, not both.
        using var study = Vague(TempStudy.Ledger(TempStudy.Row("fig.a", "45.5", "a"), TempStudy.Row("fig.b", "41.7", "b")), ("une dizaine", 10, 12));
        var checks = ConsistencyChecker.Check(study.Load(), RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);
        Assert.Equal(Verdict.Contradiction, checks["fig.a"].Verdict);
        Assert.Equal(["fig.b"], checks["fig.a"].ContradictedBy);
        Assert.Equal(["fig.a"], checks["fig.b"].ContradictedBy);
        // With the size printed exactly, each is a question of its own and one of them simply fails.
        using var exact = new TempStudy(TempStudy.Ledger(TempStudy.Row("fig.a", "45.5", "a"), TempStudy.Row("fig.b", "41.7", "b")), sampleSize: 11);
        var alone = ConsistencyChecker.Check(exact.Load(), RoundingRule.HalfUp).ToDictionary(c => c.Figure.Id);
        Assert.Equal(Verdict.Consistent, alone["fig.a"].Verdict);
        Assert.NotEqual(Verdict.Contradiction, alone["fig.b"].Verdict);
    }

    [Fact]
    public void A_printing_that_shares_no_size_with_the_followed_one_is_named_as_contradicting_it()
    {
        using var study = Vague(TempStudy.Ledger(TempStudy.Row("use.any", "53", "uses")), ("près de 1 700", 1600, 1700), ("près de 2 000", 1900, 2000));
        var sample = study.Load().Metadata.Sample;
        Assert.Equal((1600, 1700), (sample.Low, sample.High));
        Assert.Equal("près de 2 000", Assert.Single(sample.Contradicted).Text);
        var text = Numbers.SampleSize(sample, Language.En);
        Assert.Contains("“près de 1 700”", text);
        Assert.Contains("contradicted by “près de 2 000” (doc:s1, read as 1900–2000)", text);
        // Readings that overlap narrow each other instead.
        using var overlapping = Vague(TempStudy.Ledger(TempStudy.Row("use.any", "53", "uses")), ("près de 1 700", 1600, 1700), ("plus de 1 650", 1651, 1800));
        var narrowed = overlapping.Load().Metadata.Sample;
        Assert.Equal((1651, 1700, 0), (narrowed.Low, narrowed.High, narrowed.Contradicted.Count));
    }

    [Theory]
    [InlineData("\"sample_size\": null,", "sample_size", "no sample size")]
    [InlineData("\"sample_size\": null, \"sample_size_printed\": [{\"text\": \"près de 1 700\", \"source\": \"doc:s1\", \"low\": 1700, \"high\": 1600}],", "sample_size_printed", "1 ≤ low ≤ high")]
    [InlineData("\"sample_size\": null, \"sample_size_printed\": [{\"text\": \"près de 1 700\", \"source\": \"doc:s1\", \"low\": 0, \"high\": 1600}],", "sample_size_printed[0].low", "a whole number ≥ 1")]
    [InlineData("\"sample_size\": null, \"sample_size_printed\": [{\"text\": \" \", \"source\": \"doc:s1\", \"low\": 1, \"high\": 2}],", "sample_size_printed[0].text", "the words as printed")]
    [InlineData("\"sample_size\": null, \"sample_size_printed\": [{\"text\": \"x\", \"source\": \"nowhere:s1\", \"low\": 1, \"high\": 2}],", "sample_size_printed.source", "unknown source document")]
    public void Bad_sample_sizes_are_refused_with_the_member(string replacement, string member, string expected)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("use.any", "53", "uses")));
        study.EditMetadata(Exact, replacement);
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Contains(member, e.Message);
        Assert.Contains(expected, e.Message);
        Assert.Contains("study.json", e.Message);
    }

    [Fact]
    public void Respondent_rows_outside_the_reading_are_refused()
    {
        using var study = Vague(TempStudy.Ledger(TempStudy.Row("use.any", "50", "uses")), ("une dizaine", 10, 12));
        File.WriteAllText(Path.Combine(study.Folder, "respondents.csv"), "respondent_id,uses\n" + string.Join("\n", Enumerable.Range(1, 4).Select(i => $"R{i},{i % 2}")) + "\n");
        var e = Assert.Throws<DataFileException>(() => RespondentCsv.Read(study.Load()));
        Assert.Contains("reads the printed sample size as 10–12", e.Message);
    }
}
