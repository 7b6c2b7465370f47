using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

public class StudyMetadataReaderTests
{
    [Fact]
    public void Unknown_member_is_an_error_with_line_and_path()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata("\"rounding\"", "\"roundng\"");
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Contains("study.json", e.Message);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Unknown_rounding_rule_is_named()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata("\"half-up\"", "\"nearest\"");
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("rounding", e.Column);
        Assert.Equal("nearest", e.Value);
    }

    [Fact]
    public void Both_real_studies_say_their_respondents_are_synthetic()
    {
        foreach (var study in RepositoryStudies.All)
        {
            Assert.True(study.Metadata.Respondents.Synthetic);
            Assert.Contains("synth", study.Metadata.Respondents.Note.En, StringComparison.OrdinalIgnoreCase);
            Assert.NotEmpty(study.Metadata.Respondents.Assumptions);
        }
    }

    [Fact]
    public void An_id_that_differs_from_the_folder_name_is_refused_at_load()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata("\"id\": \"test-study\"", "\"id\": \"another-study\"");
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("id", e.Column);
        Assert.Equal("another-study", e.Value);
        Assert.Equal(2, e.Line);
        Assert.Contains("\"test-study\"", e.Message);
    }

    [Fact]
    public void A_key_given_twice_is_an_error_not_a_silent_overwrite()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata("\"sample_size\": 100,", "\"sample_size\": 100,\n  \"sample_size\": 200,");
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Contains("study.json", e.Message);
        Assert.Contains("sample_size", e.Message);
        Assert.NotNull(e.Line);
    }
}
