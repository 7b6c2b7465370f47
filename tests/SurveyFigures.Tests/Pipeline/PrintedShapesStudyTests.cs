using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Report;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Pipeline;

/// <summary>
/// tests/Fixtures/studies/printed-shapes holds every shape of issue #20 at once: a sample size printed vaguely by two
/// sources that disagree, a printed count (as a version and as an item), a count contradicting words, nesting three
/// deep, a subgroup within a subgroup, a subgroup of unpublished size, and words printed beside a number. It is
/// rebuilt, written, read back and reported like any study.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PrintedShapesStudyTests
{
    private static readonly Lazy<(Study Study, StudyAnalysis Analysis)> Built = new(() =>
    {
        var study = Study.Load(Fixtures.Study("printed-shapes"));
        var rows = RespondentGenerator.Generate(study, RoundingRules.Parse(study.Metadata.Rounding));
        // Through the file, as reproduce reads it: every column the generator writes must read back.
        var file = Path.Combine(Directory.CreateTempSubdirectory("printed-shapes-").FullName, "respondents.csv");
        RespondentCsv.Write(rows, file);
        var copy = new Study(Path.GetDirectoryName(file)!, study.ShownFolder, study.Metadata, study.Figures);
        var read = RespondentCsv.Read(copy);
        Assert.Equal(rows.Columns, read.Columns);
        return (study, StudyAnalysis.FromRespondents(study, read, new RecomputeOptions(RoundingRules.Parse(study.Metadata.Rounding))));
    });

    [Fact]
    public void The_vague_size_is_narrowed_by_the_figures_and_the_contradicting_printing_is_set_aside()
    {
        var (study, analysis) = Built.Value;
        var sample = study.Metadata.Sample;
        Assert.False(sample.IsExact);
        Assert.Single(sample.Contradicted);
        // "Plus de 1 000" users at 53 % needs 1 001 of at most 53.5 % of n: n ≥ 1 872, by hand; the reading allows up to its high end.
        var whole = analysis.Checks.Where(c => c.Figure.Base == BaseDefinition.All && c.Figure.Kind != FigureKind.Nested && !c.Dropped).ToList();
        Assert.All(whole, c => Assert.Equal(new CountRange(1872, sample.High), c.JointDenominator));
        Assert.InRange(analysis.Respondents.RowCount, 1872, sample.High);
    }

    [Fact]
    public void The_count_beside_the_words_is_a_named_contradiction_and_every_kept_figure_is_reproduced()
    {
        var (study, analysis) = Built.Value;
        var contradictions = analysis.Checks.Where(c => c.Verdict == Verdict.Contradiction).ToList();
        Assert.NotEmpty(contradictions);
        Assert.All(contradictions, c => Assert.NotEmpty(c.ContradictedBy));
        // The count is among them: the only figure printed as a count whose followed version is a count.
        Assert.Contains(contradictions, c => c.Figure.Primary.Count is not null);
        Assert.Empty(analysis.Mismatches);
        Assert.All(analysis.Results.Where(r => !analysis.Checks.Single(c => c.Figure.Id == r.Figure.Id).Dropped),
            r => Assert.True(r.Reproduces(r.Figure.Primary), r.Figure.Id));
        // Printed counts that are kept hold exactly in the rows.
        foreach (var r in analysis.Results.Where(r => r.Figure.Primary.Count is { } k && r.Figure.Qualifier == Qualifier.None && !analysis.Checks.Single(c => c.Figure.Id == r.Figure.Id).Dropped))
        {
            Assert.Equal(r.Figure.Primary.Count, r.Count);
        }
        Assert.Contains(study.Figures, f => f.Versions.Any(v => v.Count is not null && v != f.Primary));
    }

    [Fact]
    public void The_report_states_the_vague_size_and_the_count()
    {
        var (_, analysis) = Built.Value;
        var html = System.Net.WebUtility.HtmlDecode(ReportBuilder.Build([analysis], []).Html);
        Assert.Contains("1800–1900", html, StringComparison.Ordinal);
        Assert.Contains("près de 1 900 professionnels", html, StringComparison.Ordinal);
        Assert.Contains("197 personnes", html, StringComparison.Ordinal);
        Assert.Contains("197 people", html, StringComparison.Ordinal);
    }
}
