using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

public class StudyMetadataReaderTests
{
    /// <summary>Loads a minimal study whose study.json has <paramref name="from"/> replaced by <paramref name="to"/>; it must fail.</summary>
    private static DataFileException LoadFails(string from, string to)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata(from, to);
        return Assert.Throws<DataFileException>(study.Load);
    }

    [Fact]
    public void Unknown_member_is_an_error_with_line_and_path()
    {
        var e = LoadFails("\"rounding\"", "\"roundng\"");
        Assert.Contains("study.json", e.Message);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Unknown_rounding_rule_is_named()
    {
        var e = LoadFails("\"half-up\"", "\"nearest\"");
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
        var e = LoadFails("\"id\": \"test-study\"", "\"id\": \"another-study\"");
        Assert.Equal("id", e.Column);
        Assert.Equal("another-study", e.Value);
        Assert.Equal(2, e.Line);
        Assert.Contains("\"test-study\"", e.Message);
    }

    [Fact]
    public void A_key_given_twice_is_an_error_not_a_silent_overwrite()
    {
        var e = LoadFails("\"sample_size\": 100,", "\"sample_size\": 100,\n  \"sample_size\": 200,");
        Assert.Contains("study.json", e.Message);
        Assert.Contains("sample_size", e.Message);
        Assert.NotNull(e.Line);
    }

    // Lines of TempStudy's study.json: 1 "{", 2 "id", ... 7 "sample_size", 8 "fieldwork", ... 10 "rounding", ... 16 "respondents".
    [Theory]
    [InlineData("\"sample_size\": 100", "\"sample_size\": \"540\"", "sample_size", 7, "540", "wrong kind of value, a text")]
    [InlineData("\"sample_size\": 100", "\"sample_size\": 540.5", "sample_size", 7, "540.5", "not a whole number")]
    [InlineData("\"sample_size\": 100", "\"sample_size\": 1e11", "sample_size", 7, "1e11", "out of range")]
    [InlineData("\"sample_size\": 100", "\"sample_size\": 0", "sample_size", 7, "0", "out of range")]
    [InlineData("\"start\": null", "\"start\": \"July 2024\"", "fieldwork.start", 8, "July 2024", "not in the expected form")]
    [InlineData("\"start\": null", "\"start\": \"2024-13\"", "fieldwork.start", 8, "2024-13", "not in the expected form")]
    [InlineData("\"start\": null", "\"start\": \"2024-02-31\"", "fieldwork.start", 8, "2024-02-31", "not a calendar date")]
    [InlineData("\"end\": null", "\"end\": \"2023-02-29\"", "fieldwork.end", 8, "2023-02-29", "not a calendar date")]
    [InlineData("\"published\": \"2025\"", "\"published\": \"2024-04-31\"", "sources[0].published", 11, "2024-04-31", "not a calendar date")]
    [InlineData("\"retrieved\": \"2026-01-01\"", "\"retrieved\": \"2026-02-30\"", "sources[0].retrieved", 11, "2026-02-30", "not a date")]
    [InlineData("\"fieldwork\": {\"start\": null, \"end\": null}", "\"fieldwork\": {\"start\": \"2025-01-15\", \"end\": \"2024-12\"}", "fieldwork.end", 8, "2024-12", "ends before it starts")]
    [InlineData("\"fieldwork\": {\"start\": null, \"end\": null}", "\"fieldwork\": {\"start\": \"2025\", \"end\": \"2024-12-31\"}", "fieldwork.end", 8, "2024-12-31", "ends before it starts")]
    [InlineData("\"synthetic\": true", "\"synthetic\": \"yes\"", "respondents.synthetic", 16, "yes", "wrong kind of value, a text")]
    [InlineData("\"publishers\": [\"Nobody\"]", "\"publishers\": \"Nobody\"", "publishers", 5, "Nobody", "wrong kind of value, a text")]
    public void A_value_of_the_wrong_kind_is_told_in_our_words_at_its_line(string from, string to, string member, int line, string value, string problem)
    {
        var e = LoadFails(from, to);
        Assert.Equal(member, e.Column);
        Assert.Equal(line, e.Line);
        Assert.Equal(value, e.Value);
        Assert.Contains(problem, e.Message);
        Assert.DoesNotContain("System.", e.Message);
        Assert.DoesNotContain("SurveyFigures.", e.Message);
    }

    [Theory]
    [InlineData("2024-11-16", "2025-01-15")]
    [InlineData("2024-11-16", "2024-11")]
    [InlineData("2024-07", "2025-01")]
    [InlineData("2024-02-29", "2024-02-29")]
    public void Fieldwork_dates_in_order_at_their_shared_precision_load(string start, string end)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata("\"start\": null, \"end\": null", $"\"start\": \"{start}\", \"end\": \"{end}\"");
        Assert.Equal(end, study.Load().Metadata.Fieldwork.End);
    }

    [Fact]
    public void A_byte_order_mark_before_study_json_is_accepted()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        var path = Path.Combine(study.Folder, Study.MetadataFile);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);
        Assert.Equal("test-study", study.Load().Id);
    }

    [Fact]
    public void A_missing_member_is_named_at_the_object_that_lacks_it()
    {
        var e = LoadFails("\"synthetic\": true, ", "");
        Assert.Equal("respondents.synthetic", e.Column);
        Assert.Equal(16, e.Line);
        Assert.Contains("missing member 'synthetic' in 'respondents'", e.Message);
        Assert.Contains("true or false", e.Message);
    }

    [Fact]
    public void An_unknown_member_is_named_at_its_own_line_with_the_members_allowed()
    {
        var e = LoadFails("\"rounding\"", "\"roundng\"");
        Assert.Equal(10, e.Line);
        Assert.Contains("unknown member 'roundng'", e.Message);
        Assert.Contains("rounding", e.Expected);
    }

    [Fact]
    public void The_published_schema_is_the_one_the_reader_checks_against()
    {
        // data/study.schema.json lets editors check study.json as it is typed; regenerate it with
        // `dotnet cli.cs -- schema > data/study.schema.json` when StudyMetadata changes.
        var published = File.ReadAllText(Path.Combine(RepositoryStudies.Root, "data", StudySchema.FileName));
        Assert.Equal(StudySchema.Text(), published);
    }
}
