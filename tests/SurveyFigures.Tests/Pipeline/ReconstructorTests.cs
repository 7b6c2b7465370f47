using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Pipeline;

public class ReconstructorTests
{
    [Fact]
    public void Writes_a_respondent_file_that_reads_back_and_reproduces_the_ledger()
    {
        using var temp = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1"), TempStudy.Row("b", "12.5", "c2")), sampleSize: 200);
        var study = temp.Load();
        Reconstructor.Reconstruct(study, RoundingRule.HalfUp);
        var analysis = StudyAnalysis.Run(study, new SurveyFigures.Recomputation.RecomputeOptions());
        Assert.Empty(analysis.Mismatches);
        Assert.Equal(25, analysis.Results.Single(r => r.Figure.Id == "b").Count); // 12.5 % of 200, exactly
        Assert.DoesNotContain(Directory.GetFiles(temp.Folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_to_overwrite_real_microdata()
    {
        using var temp = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1")));
        temp.EditMetadata("\"synthetic\": true", "\"synthetic\": false");
        File.WriteAllText(Path.Combine(temp.Folder, "respondents.csv"), "real data");
        var e = Assert.Throws<InvalidOperationException>(() => Reconstructor.Reconstruct(temp.Load(), RoundingRule.HalfUp));
        Assert.Contains("real respondent data", e.Message);
        Assert.Equal("real data", File.ReadAllText(Path.Combine(temp.Folder, "respondents.csv")));
    }

    [Fact]
    public void Main_job_analysis_leaves_data_files_untouched()
    {
        var before = Directory.GetFiles(Path.Combine(RepositoryStudies.Root, "data"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);
        foreach (var study in StudyCatalog.LoadAll(RepositoryStudies.Root))
        {
            StudyAnalysis.Run(study, new SurveyFigures.Recomputation.RecomputeOptions());
        }
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
    }
}
