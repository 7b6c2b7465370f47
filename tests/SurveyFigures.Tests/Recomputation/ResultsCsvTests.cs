using SurveyFigures.Rendering;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Recomputation;

public class ResultsCsvTests
{
    [Fact]
    public void Writes_exactly_the_documented_columns_with_dot_decimals()
    {
        var path = Path.Combine(Path.GetTempPath(), $"figures-{Guid.NewGuid():N}.csv");
        try
        {
            ResultsCsv.Write(RepositoryStudies.Analyses, path);
            var lines = File.ReadAllLines(path);
            Assert.Equal("study,id,printed,base,base_n,count,computed_percent,feasible_min,feasible_max,joint_min,joint_max,contradicts,ci_method,ci_level,ci_low,ci_high,verdict,reproduces,source,address", lines[0]);
            Assert.Equal(1 + RepositoryStudies.All.Sum(s => s.Figures.Count), lines.Length); // header + one line per ledger item
            var doctors = CsvRecords.Read(path).Single(r => r["id"] == "in-consultation.doctors");
            Assert.Equal("doctors", doctors["base"]);
            Assert.Equal("wilson", doctors["ci_method"]);
            Assert.Matches(@"^\d+\.\d{10}$", doctors["computed_percent"]);
            Assert.Matches(@"^\d+$", doctors["joint_min"]);
            // Locators and public addresses, from study.json: where a reader can check the figure.
            var study = RepositoryStudies.Get(doctors["study"]);
            var figure = study.Figure(doctors["id"]);
            Assert.Equal(string.Join("; ", figure.Sources), doctors["source"]);
            Assert.Equal(study.Metadata.Sources.Single(s => s.Id == figure.Sources[0].Document).Address, doctors["address"]);
            Assert.StartsWith("https://", doctors["address"]);
            Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(path)!), f => f.EndsWith(".tmp", StringComparison.Ordinal) && f.Contains("figures-", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Printed_words_are_written_as_text_never_as_a_formula()
    {
        const string Words = "=cmd|' /C calc'!A0 la moitié";
        using var temp = new TempStudy(TempStudy.Ledger(TempStudy.Row("words", Words, "w", kind: "verbal", low: "45", high: "55"), TempStudy.Row("n", "25", "n")));
        var study = temp.Load();
        var analysis = StudyAnalysis.FromRespondents(study, RespondentGenerator.Generate(study, RoundingRule.HalfUp), new RecomputeOptions());
        var path = Path.Combine(temp.Container, "figures.csv");
        ResultsCsv.Write([analysis], path);
        var table = CsvTable.Read(path);
        Assert.Equal("'" + Words, table.Get(table.Lines[0], "printed"));
        Assert.Equal("25", table.Get(table.Lines[1], "printed"));
    }
}
