using System.Text.Json.Nodes;
using SurveyFigures.MainJob;
using SurveyFigures.Recomputation;
using SurveyFigures.Tests.Pipeline;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.MainJob;

/// <summary>
/// The main job called in process, as the CLI calls it, with a notebook stage of the test's own in place of the runner:
/// the stage is given every study's id, its copies and timing are the run's, and a notebook that fails fails the run
/// in the result and the manifest, after figures.csv and the report are written.
/// </summary>
public sealed class ReproductionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_notebook_stage_is_handed_every_study_and_its_outcome_decides_the_run(bool notebooksOk)
    {
        using var study = ReproducingRepository();
        var notebooks = new StubNotebooks(Path.Combine(study.Container, "artifacts", "notebooks", "copy.ipynb"), notebooksOk);
        using var log = new StringWriter();

        var result = Reproduction.Run(study.Container, new ReproductionSettings(new RecomputeOptions(), Path.Combine(study.Container, "no-texts"), Images: false), notebooks.Start, log);

        Assert.Equal(["test-study"], notebooks.StudyIds);
        Assert.True(notebooks.Finished && notebooks.Disposed);
        Assert.Equal(notebooksOk, result.Failure is null);
        Assert.Contains(("stub notebooks", TimeSpan.FromSeconds(3)), result.Stages);
        Assert.True(result.Total >= result.Stages.Where(s => s.Stage != "stub notebooks").Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed));
        Assert.Contains("Wrote artifacts/figures.csv: 1 figures from 1 studies; 0 do not reproduce.", log.ToString());
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(study.Container, "artifacts", "manifest.json")))!;
        Assert.Equal(notebooksOk, manifest["succeeded"]!.GetValue<bool>());
        Assert.Equal(result.Failure, manifest["error"]?.GetValue<string>());
        Assert.Equal(["figures.csv", "notebooks/copy.ipynb", "report.html"], manifest["outputs"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public void A_run_that_stops_waits_for_the_notebooks_and_records_why()
    {
        using var study = ReproduceRunTests.Repository();
        var notebooks = new StubNotebooks(Path.Combine(study.Container, "artifacts", "notebooks", "copy.ipynb"), ok: true);
        // The rows give 30 of 100 where 37 % is printed: the notebooks are never started, the run throws.
        File.WriteAllLines(Path.Combine(study.Folder, "respondents.csv"), ["respondent_id,c1", .. Enumerable.Range(1, 100).Select(i => $"R{i},{(i <= 30 ? 1 : 0)}")]);

        var e = Assert.Throws<InvalidOperationException>(() =>
            Reproduction.Run(study.Container, new ReproductionSettings(new RecomputeOptions(), Path.Combine(study.Container, "no-texts"), Images: false), notebooks.Start, TextWriter.Null));

        Assert.Contains("test-study/a", e.Message);
        Assert.Empty(notebooks.StudyIds);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(study.Container, "artifacts", "manifest.json")))!;
        Assert.Equal("failed", manifest["status"]!.GetValue<string>());
        Assert.Equal(e.Message, manifest["error"]!.GetValue<string>());
    }

    // One figure, 37 % of 100, and rows that give it back.
    private static TempStudy ReproducingRepository()
    {
        var study = ReproduceRunTests.Repository();
        File.WriteAllLines(Path.Combine(study.Folder, "respondents.csv"), ["respondent_id,c1", .. Enumerable.Range(1, 100).Select(i => $"R{i},{(i <= 37 ? 1 : 0)}")]);
        return study;
    }

    /// <summary>A notebook stage that writes one copy and reports a fixed outcome and time.</summary>
    private sealed class StubNotebooks(string copy, bool ok) : INotebookRun
    {
        public List<string> StudyIds { get; } = [];
        public bool Finished { get; private set; }
        public bool Disposed { get; private set; }

        public INotebookRun Start(IReadOnlyList<string> studyIds)
        {
            StudyIds.AddRange(studyIds);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.WriteAllText(copy, "{}");
            return this;
        }

        public NotebookOutcome Finish()
        {
            Finished = true;
            return new NotebookOutcome(ok, [copy], "stub notebooks", TimeSpan.FromSeconds(3));
        }

        public void Dispose() => Disposed = true;
    }
}
