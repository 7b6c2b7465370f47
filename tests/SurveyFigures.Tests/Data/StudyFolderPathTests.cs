using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>
/// respondents.file is read and written, so it must stay inside its study's folder: each way out is refused when the
/// study is loaded, naming study.json, the member and the value, and nothing outside is touched.
/// </summary>
public class StudyFolderPathTests
{
    [Theory]
    [InlineData("../victim.csv", "climbs out")]
    [InlineData("sub/../../victim.csv", "climbs out")]
    [InlineData("../other-study/respondents.csv", "climbs out")]
    public void Climbing_out_with_dot_dot_is_refused(string value, string problem) => AssertRefused(value, problem);

    [Fact]
    public void An_absolute_path_is_refused()
    {
        using var study = StudyWithVictim(out var victim);
        AssertRefused(study, victim, victim, "an absolute path");
    }

    [Fact]
    public void A_symbolic_link_leading_out_is_refused()
    {
        using var study = StudyWithVictim(out var victim);
        File.CreateSymbolicLink(Path.Combine(study.Folder, "respondents-link.csv"), victim);
        AssertRefused(study, victim, "respondents-link.csv", "symbolic link");
    }

    [Fact]
    public void A_folder_linked_to_another_study_is_refused()
    {
        using var study = StudyWithVictim(out var victim);
        Directory.CreateSymbolicLink(Path.Combine(study.Folder, "linked"), Path.GetDirectoryName(victim)!);
        AssertRefused(study, victim, "linked/" + Path.GetFileName(victim), "symbolic link");
    }

    [Fact]
    public void A_plain_file_name_inside_the_folder_is_accepted()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1")));
        study.EditMetadata("\"file\": \"respondents.csv\"", "\"file\": \"rows/respondents.csv\"");
        Assert.EndsWith(Path.Combine("test-study", "rows", "respondents.csv"), study.Load().RespondentsPath);
    }

    [Fact]
    public void Reconstruct_writes_nothing_when_one_study_holds_real_data()
    {
        using var first = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1")));
        using var real = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1")));
        real.EditMetadata("\"synthetic\": true", "\"synthetic\": false");
        File.WriteAllText(Path.Combine(real.Folder, "respondents.csv"), "real data");

        var e = Assert.Throws<InvalidOperationException>(() => Reconstructor.ReconstructAll([first.Load(), real.Load()], _ => RoundingRule.HalfUp));

        Assert.Contains("nothing was written", e.Message);
        Assert.False(File.Exists(Path.Combine(first.Folder, "respondents.csv")), "the first study was written although the run failed");
        Assert.Equal("real data", File.ReadAllText(Path.Combine(real.Folder, "respondents.csv")));
    }

    [Fact]
    public void Reconstruct_writes_a_study_whose_figures_contradict_each_other_with_rows_meeting_the_first()
    {
        using var good = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1")));
        // Two answers of one single-choice question printed as 60 % and 50 %: no set of respondents gives both. The
        // contradiction is the publisher's; the rows meet the first figure in ledger order and leave the second out.
        using var contradictory = new TempStudy(TempStudy.Ledger(
            TempStudy.Row("a", "60", "c1", value: "x", kind: "single"), TempStudy.Row("b", "50", "c1", value: "y", kind: "single")));

        var written = Reconstructor.ReconstructAll([good.Load(), contradictory.Load()], _ => RoundingRule.HalfUp);

        Assert.Equal(2, written.Count);
        Assert.True(File.Exists(Path.Combine(good.Folder, "respondents.csv")));
        Assert.Equal(60, written[1].Table.Column("c1").Count(v => v == "x"));
    }

    private static TempStudy StudyWithVictim(out string victim)
    {
        var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1")));
        var other = Directory.CreateDirectory(Path.Combine(study.Container, "other-study")).FullName;
        victim = Path.Combine(other, "respondents.csv");
        File.WriteAllText(victim, "another study's data");
        return study;
    }

    private static void AssertRefused(string value, string problem)
    {
        using var study = StudyWithVictim(out var victim);
        AssertRefused(study, victim, value, problem);
    }

    private static void AssertRefused(TempStudy study, string victim, string value, string problem)
    {
        study.EditMetadata("\"file\": \"respondents.csv\"", $"\"file\": \"{value}\"");

        var e = Assert.Throws<DataFileException>(study.Load);

        Assert.EndsWith("study.json", e.File);
        Assert.Equal("respondents.file", e.Column);
        Assert.Equal(value, e.Value);
        Assert.NotNull(e.Line);
        Assert.Contains(problem, e.Message);
        Assert.Equal("another study's data", File.ReadAllText(victim));
    }
}
