using SurveyFigures.Notebook.Contracts;
using SurveyFigures.NotebookBackend;
using SurveyFigures.Tests.Support;
using SurveyFigures.Views;

namespace SurveyFigures.Tests.Notebook;

/// <summary>
/// surveys.RakingWhatIf(studyId) through the notebook backend: the raking-panel fixture placed in a repository of its
/// own gives the library's one view in the reader's language; a shipped study, which declares no margins, says so.
/// </summary>
public sealed class RakingWhatIfFacadeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "surveyfigures-tests", Guid.NewGuid().ToString("N"));

    public RakingWhatIfFacadeTests() =>
        Fixtures.CopyStudy("raking-panel", Path.Combine(_root, "data", "studies", "raking-panel"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_study_with_margins_shows_every_figure_raked_in_the_readers_language()
    {
        var table = new SurveyBackend(_root).RakingWhatIf("raking-panel", new ViewOptions("fr"));
        Assert.StartsWith(RakingWhatIfView.Title.Fr, table.Caption, StringComparison.Ordinal);
        Assert.Equal(RakingWhatIfView.Headings.Select(h => h.Fr), table.Columns);
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal("62,10\u00A0%", table.Rows.Single(r => r[0] == "usage.tools")[4]);
        Assert.Contains("Ajustement proportionnel itératif", table.Note);
    }

    [Fact]
    public void A_study_without_margins_says_there_is_nothing_to_rake_to()
    {
        var study = RepositoryStudies.All[0].Id;
        var table = new SurveyBackend(RepositoryStudies.Root).RakingWhatIf(study, new ViewOptions());
        Assert.Empty(table.Rows);
        Assert.Equal(RakingWhatIfView.NoMargins.En, table.Note);
    }
}
