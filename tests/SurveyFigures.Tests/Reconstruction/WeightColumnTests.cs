using SurveyFigures.Data;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Reconstruction;

/// <summary>respondents.weight in study.json and the weight column it names in respondents.csv (issue #24, item 1).</summary>
public class WeightColumnTests
{
    private const string Weighted = "\"assumptions\": [], \"weight\": {\"column\": \"w\", \"method\": \"raking\", \"margins\": {\"fr\": \"Profession\", \"en\": \"Profession\"}}";

    private static TempStudy WeightedStudy(string respondents, string extra = "")
    {
        var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "50", "c1")), sampleSize: 2);
        study.EditMetadata("\"assumptions\": []", Weighted + extra);
        File.WriteAllText(Path.Combine(study.Folder, "respondents.csv"), respondents);
        return study;
    }

    private static DataFileException Fails(string weight)
    {
        using var study = WeightedStudy($"respondent_id,c1,w\nR1,1,1.5\nR2,0,{weight}\n");
        return Assert.Throws<DataFileException>(() => RespondentCsv.Read(study.Load()));
    }

    [Fact]
    public void Weights_read_as_the_exact_decimals_written_with_strata_and_clusters()
    {
        using var study = WeightedStudy("respondent_id,c1,w,region,school\nR1,1,1.25,north,s1\nR2,0,0.3333,south,s2\n",
            ", \"strata\": \"region\", \"cluster\": \"school\"");
        var design = RespondentCsv.Read(study.Load()).Design!;
        Assert.Equal([1.25m, 0.3333m], design.Weights);
        Assert.Equal(["north", "south"], design.Strata!);
        Assert.Equal(["s1", "s2"], design.Clusters!);
        Assert.Equal(WeightMethod.Raking, study.Load().Metadata.Respondents.Weight!.Method);
    }

    [Fact]
    public void An_unweighted_study_has_no_design() =>
        Assert.Null(RespondentCsv.Read(Load("respondent_id,c1\nR1,1\nR2,0\n")).Design);

    private static Study Load(string respondents)
    {
        var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "50", "c1")), sampleSize: 2);
        File.WriteAllText(Path.Combine(study.Folder, "respondents.csv"), respondents);
        return study.Load();
    }

    [Theory]
    [InlineData("", "missing weight")]
    [InlineData("0", "a zero weight")]
    [InlineData("0.000", "a zero weight")]
    [InlineData("-1.2", "a negative weight")]
    [InlineData("abc", "not a number")]
    [InlineData("1,5", "not a number")]
    [InlineData("NaN", "not a finite number")]
    [InlineData("Infinity", "not a finite number")]
    [InlineData("-inf", "not a finite number")]
    [InlineData("1e40", "out of range")]
    public void A_bad_weight_is_refused_with_file_line_and_column(string weight, string problem)
    {
        // "1,5" is quoted so that the comma stays inside the field.
        var e = Fails(weight == "1,5" ? "\"1,5\"" : weight);
        Assert.Equal(3, e.Line);
        Assert.Equal("w", e.Column);
        Assert.Equal(weight, e.Value);
        Assert.EndsWith("respondents.csv", e.File);
        Assert.Contains(problem, e.Message);
        Assert.Contains(SurveyWeight.Expected, e.Message);
    }

    [Fact]
    public void A_missing_weight_column_is_named()
    {
        using var study = WeightedStudy("respondent_id,c1\nR1,1\nR2,0\n");
        Assert.Contains("'w'", Assert.Throws<DataFileException>(() => RespondentCsv.Read(study.Load())).Message);
    }

    [Fact]
    public void A_missing_stratum_is_refused_at_its_line()
    {
        using var study = WeightedStudy("respondent_id,c1,w,region\nR1,1,1,north\nR2,0,1,\n", ", \"strata\": \"region\"");
        var e = Assert.Throws<DataFileException>(() => RespondentCsv.Read(study.Load()));
        Assert.Equal((3L, "region"), (e.Line!.Value, e.Column));
    }

    [Theory]
    [InlineData("c1", "already used")]
    [InlineData("respondent_id", "already used")]
    [InlineData("my weight", "invalid respondent column")]
    public void The_weight_column_must_be_a_column_of_its_own(string column, string problem)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "50", "c1")), sampleSize: 2);
        study.EditMetadata("\"assumptions\": []", Weighted.Replace("\"column\": \"w\"", $"\"column\": \"{column}\""));
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("respondents.weight.column", e.Column);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void An_unknown_weighting_method_is_told_with_the_names_allowed()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "50", "c1")), sampleSize: 2);
        study.EditMetadata("\"assumptions\": []", Weighted.Replace("raking", "calibration"));
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("respondents.weight.method", e.Column);
        Assert.Contains("post-stratification, raking, design", e.Message);
    }
}
