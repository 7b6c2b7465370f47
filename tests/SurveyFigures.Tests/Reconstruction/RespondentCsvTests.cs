using SurveyFigures.Data;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Reconstruction;

public class RespondentCsvTests
{
    private static DataFileException Fails(string respondents)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "50", "c1"), TempStudy.Row("x", "50", "c2", "x", "single"), TempStudy.Row("y", "50", "c2", "y", "single")), sampleSize: 2);
        File.WriteAllText(Path.Combine(study.Folder, "respondents.csv"), respondents);
        return Assert.Throws<DataFileException>(() => RespondentCsv.Read(study.Load()));
    }

    [Fact]
    public void Unexpected_value_names_line_column_and_allowed_values()
    {
        var e = Fails("respondent_id,c1,c2\nR1,1,x\nR2,2,y\n");
        Assert.Equal(3, e.Line);
        Assert.Equal("c1", e.Column);
        Assert.Equal("2", e.Value);
        Assert.Contains("one of 0, 1", e.Message);
    }

    [Fact]
    public void Unknown_category_is_refused() => Assert.Equal("z", Fails("respondent_id,c1,c2\nR1,1,x\nR2,0,z\n").Value);

    [Fact]
    public void Missing_question_column_is_named() => Assert.Contains("'c2'", Fails("respondent_id,c1\nR1,1\nR2,0\n").Message);

    [Fact]
    public void Unknown_column_is_named_with_the_columns_expected()
    {
        var e = Fails("respondent_id,c1,c2,c3\nR1,1,x,?\nR2,0,y,?\n");
        Assert.Equal("c3", e.Column);
        Assert.Equal(1, e.Line);
        Assert.Contains("unknown column", e.Message);
        Assert.Contains("'respondent_id', 'c1', 'c2'", e.Message);
    }

    [Fact]
    public void Duplicate_respondent_is_refused() => Assert.Contains("duplicate respondent", Fails("respondent_id,c1,c2\nR1,1,x\nR1,0,y\n").Message);

    [Fact]
    public void Row_count_must_match_the_sample_size() => Assert.Contains("sample size of 2", Fails("respondent_id,c1,c2\nR1,1,x\n").Message);

    [Fact]
    public void Semicolon_file_from_a_spreadsheet_reads()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "50", "c1")), sampleSize: 2);
        File.WriteAllText(Path.Combine(study.Folder, "respondents.csv"), "\uFEFFrespondent_id;c1\r\nR1;1\r\nR2;0\r\n");
        Assert.Equal(["1", "0"], RespondentCsv.Read(study.Load()).Column("c1"));
    }
}
