using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Pipeline;

/// <summary>
/// A study is a folder: a repository made of this repository's data plus a fixture study no code knows about
/// (tests/Fixtures/studies/unseen-barometer, with a qualifier, a second source's version, a nested figure, a base sized
/// by words, a month date and its own invented source text) is reconstructed and reproduced by the command line alone.
/// Nothing below names the fixture's figures: counts come from its files.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class UnseenStudyTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("unseen-study-").FullName;

    [Fact]
    public void A_fourth_study_added_as_a_folder_is_reconstructed_reproduced_and_covered()
    {
        var id = WithFixture("unseen-barometer");
        var studies = Directory.GetDirectories(Path.Combine(_repository, "data", "studies")).Length;

        var (reconstructed, reconstructOutput) = ReproduceRunTests.RunCli(_repository, "reconstruct");
        Assert.True(reconstructed == 0, reconstructOutput);
        var (exit, output) = ReproduceRunTests.RunCli(_repository, "reproduce", "--sources", Fixtures.SourceTexts);
        Assert.True(exit == 0, output);

        var study = Study.Load(Path.Combine(_repository, "data", "studies", id));
        var rows = CsvRecords.Read(Path.Combine(_repository, "artifacts", "figures.csv")).Where(r => r["study"] == id).ToList();
        Assert.Equal(study.Figures.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("yes", r["reproduces"]));
        Assert.Contains($"Wrote artifacts/figures.csv: {File.ReadAllLines(Path.Combine(_repository, "artifacts", "figures.csv")).Length - 1} figures from {studies} studies; 0 do not reproduce.", output);
        Assert.Contains($"{id}: every one of the", output);
        var report = File.ReadAllText(Path.Combine(_repository, "artifacts", "report.html"));
        Assert.Contains($"data-study-id=\"{id}\"", report);
        Assert.Contains(study.Metadata.Sources[0].Address, report);
        Assert.Contains(", assumed; ", report);
        // The generic notebook, executed for the newcomer with its id (papermill's -p), listed among the run's outputs.
        var executed = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(_repository, "artifacts", "notebooks", $"study-{id}.ipynb")));
        Assert.Contains($"var studyId = \\\"{id}\\\";", executed);
        Assert.Contains(study.Metadata.Title.En, executed);
        Assert.Contains($"notebooks/study-{id}.ipynb", File.ReadAllText(Path.Combine(_repository, "artifacts", "manifest.json")));
        Assert.Contains($"study.ipynb → study-{id}.ipynb: ", output);
        // Addresses and locators, never a file-system path: not the repository's, not the source-text folder's.
        var figures = File.ReadAllText(Path.Combine(_repository, "artifacts", "figures.csv"));
        Assert.Contains($"invented-text:usage,{study.Metadata.Sources[0].Address}", figures);
        // What the run wrote; the build's facade and tools linked in above are not the run's, nor are the compiled cells
        // kept under cache/ (build products, whose debug information names each cell's file by path, as obj/ does).
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_repository, "artifacts", "cache", "cells"), "*.bin", SearchOption.AllDirectories));
        var built = new[] { "notebook", "tools", "cache" }.Select(b => Path.Combine(_repository, "artifacts", b) + Path.DirectorySeparatorChar).ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(_repository, "artifacts"), "*", SearchOption.AllDirectories).Where(f => !built.Any(b => f.StartsWith(b, StringComparison.Ordinal))))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(_repository, text);
            Assert.DoesNotContain(Fixtures.SourceTexts, text);
            Assert.DoesNotContain("shared/sources", text);
        }
        // The repository's own studies come out as they do without the newcomer: their synthetic rows are rebuilt byte for byte.
        foreach (var own in RepositoryStudies.All)
        {
            Assert.Equal(File.ReadAllBytes(own.RespondentsPath), File.ReadAllBytes(Path.Combine(_repository, "data", "studies", own.Id, own.Metadata.Respondents.File)));
        }
    }

    // Issue #24's fixture end to end: real-looking weighted microdata added as a folder go through reproduce, the report
    // and the generic notebook, checked by their weighted shares; the shipped studies' outputs are not disturbed.
    [Fact]
    public void A_weighted_study_added_as_a_folder_is_reproduced_reported_and_given_a_notebook()
    {
        var id = WithFixture("weighted-panel");

        var (exit, output) = ReproduceRunTests.RunCli(_repository, "reproduce", "--sources", Fixtures.SourceTexts);
        Assert.True(exit == 0, output);

        var study = Study.Load(Path.Combine(_repository, "data", "studies", id));
        var rows = CsvRecords.Read(Path.Combine(_repository, "artifacts", "figures.csv")).Where(r => r["study"] == id).ToList();
        Assert.Equal(study.Figures.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("yes", r["reproduces"]));
        Assert.All(rows, r => Assert.Equal("yes", r["weighted"]));
        Assert.All(rows, r => Assert.NotEqual("", r["n_eff"]));
        var report = File.ReadAllText(Path.Combine(_repository, "artifacts", "report.html"));
        Assert.Contains($"data-study-id=\"{id}\"", report);
        Assert.Contains(SurveyFigures.Views.WeightedTerms.Weighted.En, report);
        Assert.Contains(SurveyFigures.Views.WeightedTerms.Weighted.Fr, report);
        var executed = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(_repository, "artifacts", "notebooks", $"study-{id}.ipynb")));
        Assert.Contains($"var studyId = \\\"{id}\\\";", executed);
        Assert.Contains(SurveyFigures.Views.WeightedTerms.Weighted.En, executed);
        // The shipped studies' rows of figures.csv are those of a run without the newcomer, unweighted ("no").
        Assert.All(CsvRecords.Read(Path.Combine(_repository, "artifacts", "figures.csv")).Where(r => r["study"] != id), r => Assert.Equal("no", r["weighted"]));
    }

    // A repository of this one's data plus one fixture study, with the notebooks, and the facade and runner they need
    // as the build leaves them (a study no notebook names gets the generic one); returns the fixture's id.
    private string WithFixture(string name)
    {
        var fixture = Fixtures.Study(name);
        var id = Path.GetFileName(fixture);
        Copy(Path.Combine(RepositoryStudies.Root, "data"), Path.Combine(_repository, "data"));
        Copy(fixture, Path.Combine(_repository, "data", "studies", id));
        File.WriteAllText(Path.Combine(_repository, "Analysis.sln"), "");
        Copy(Path.Combine(RepositoryStudies.Root, "notebooks"), Path.Combine(_repository, "notebooks"));
        Directory.CreateDirectory(Path.Combine(_repository, "artifacts"));
        foreach (var folder in new[] { "notebook", "tools" })
        {
            Directory.CreateSymbolicLink(Path.Combine(_repository, "artifacts", folder), Path.Combine(RepositoryStudies.Root, "artifacts", folder));
        }
        return id;
    }

    [Fact]
    public void Draft_proposes_a_row_for_every_percentage_of_a_text_it_has_never_seen()
    {
        var text = Path.Combine(Fixtures.SourceTexts, "unseen-barometer.txt");
        File.WriteAllText(Path.Combine(_repository, "Analysis.sln"), "");
        var (exit, output) = ReproduceRunTests.RunCli(_repository, "draft", text);
        Assert.True(exit == 0, output);
        var rows = output.Split('\n').Where(l => l.Contains(",unseen-barometer:line-", StringComparison.Ordinal)).ToList();
        Assert.Equal(SurveyFigures.Coverage.PercentScanner.Scan(File.ReadAllText(text)).Count, rows.Count);
        Assert.Contains(rows, r => r.Contains(",40,", StringComparison.Ordinal) && r.Contains("unseen-barometer:line-5", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",nested,", StringComparison.Ordinal));
        Assert.Contains("percentages found in unseen-barometer.txt", output);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);
}
