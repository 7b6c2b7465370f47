using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Coverage;

/// <summary>
/// The repository's ledgers against their source texts, where the texts are present (they sit beside the repository,
/// in the source-text folder; a clone alone has none, and these tests then have nothing to check). Cases come from
/// the data: every source with a recorded text, every ledger item citing one.
/// </summary>
public class SeedTextCoverageTests
{
    private static readonly string Folder = SourceTextFolder.Resolve(RepositoryStudies.Root);

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var study in RepositoryStudies.All)
        {
            foreach (var source in study.Metadata.Sources.Where(s => s.Text is not null))
            {
                data.Add(study.Id, source.Id);
            }
        }
        return data;
    }

    public static TheoryData<string, string> FiguresCitingTexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var study in RepositoryStudies.All)
        {
            var texts = study.Metadata.Sources.Where(s => s.Text is not null).Select(s => s.Id).ToHashSet();
            foreach (var figure in study.Figures.Where(f => f.Versions.Any(v => v.Documents.Any(texts.Contains))))
            {
                data.Add(study.Id, figure.Id);
            }
        }
        return data;
    }

    private static LoadedSourceText? Text(Study study, string sourceId) =>
        SourceTextLoader.Load(study, Folder).SingleOrDefault(t => t.Source.Id == sourceId && t.Available);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_percentage_of_a_seed_text_is_in_the_ledger_or_excluded(string studyId, string sourceId)
    {
        var study = RepositoryStudies.Get(studyId);
        if (Text(study, sourceId) is not { } text)
        {
            return;
        }
        var coverage = CoverageCheck.Check(study, text);
        Assert.True(coverage.Complete, coverage.Summary());
        Assert.All(coverage.Findings.Where(f => f.Figures.Count == 0), f => Assert.NotEmpty(f.Exclusion!.Why));
    }

    [Theory]
    [MemberData(nameof(FiguresCitingTexts))]
    public void Deleting_a_ledger_item_makes_coverage_fail_with_its_percentage_and_sentence(string studyId, string figureId)
    {
        var study = RepositoryStudies.Get(studyId);
        var figure = study.Figure(figureId);
        // The ledger without this item (figures that depend on it go too, as a reader would have to remove them).
        var kept = study.Figures.Where(f => f.Id != figureId && f.Parent != figureId && !f.Parts.Contains(figureId) && study.Base(f.Base).Figure != figureId).ToList();
        var without = new Study(study.Folder, study.ShownFolder, study.Metadata, kept);
        foreach (var source in study.Metadata.Sources.Where(s => figure.Versions.Any(v => v.Documents.Contains(s.Id))))
        {
            if (Text(study, source.Id) is not { } text)
            {
                continue;
            }
            var coverage = CoverageCheck.Check(without, text);
            Assert.False(coverage.Complete);
            var missing = coverage.Unaccounted;
            Assert.Contains(missing, m => figure.Versions.Any(v => CoverageCheck.Matches(v, m.Finding)));
            var first = missing.First(m => figure.Versions.Any(v => CoverageCheck.Matches(v, m.Finding)));
            Assert.Contains($"\"{first.Finding.Printed}\"", coverage.Summary());
            Assert.Contains(SourceCoverage.Shorten(first.Finding.Sentence), coverage.Summary());
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Draft_proposes_every_ledger_figure_of_a_seed_text(string studyId, string sourceId)
    {
        var study = RepositoryStudies.Get(studyId);
        if (Text(study, sourceId) is not { } text)
        {
            return;
        }
        var rows = LedgerDraft.Rows(text.Text!, sourceId, text.Declared.Sections);
        foreach (var (figure, version, locator) in study.Figures.SelectMany(f => f.Versions.SelectMany(v => v.Sources.Where(l => l.Document == sourceId).Select(l => (f, v, l)))))
        {
            Assert.True(rows.Any(r => r.Locator == locator.ToString()
                && (version.Percent is { } p
                    ? decimal.TryParse(r.Printed, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && value == p.Value
                    : version.Printed.Contains(r.Printed, StringComparison.OrdinalIgnoreCase))),
                $"draft has no row for {figure.Id} ({version.Display}) at {locator}");
        }
    }
}
