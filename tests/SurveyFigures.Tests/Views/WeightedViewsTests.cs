using SurveyFigures.Rendering;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Report;
using SurveyFigures.Tests.Support;
using SurveyFigures.Views;

namespace SurveyFigures.Tests.Views;

/// <summary>Weighted results in every view, in both languages, from the weighted-panel fixture (issue #24, views).</summary>
public sealed class WeightedViewsTests
{
    private static readonly Lazy<StudyAnalysis> Analysis = new(() =>
        StudyAnalysis.Run(Study.Load(Fixtures.Study("weighted-panel")), new RecomputeOptions()));

    private static FigureResult Doctors => Analysis.Value.Results.Single(r => r.Figure.Id == "sample.profession.doctor");

    [Theory]
    [InlineData(Language.En, "weighted", "unweighted ", "n_eff = ", "design effect = ", "yes, weighted share")]
    [InlineData(Language.Fr, "pondéré", "non pondéré : ", "n effectif = ", "effet de plan = ", "oui, part pondérée")]
    public void The_figures_table_says_weighted_and_shows_the_unweighted_share_beside_it(Language language, string weighted, string beside, string nEff, string deff, string reproduces)
    {
        var cells = FigureTableView.Cells(Analysis.Value.Study, Doctors, language);
        var share = cells[FigureTableView.IndexOf("share")];
        Assert.Contains(weighted, share, StringComparison.Ordinal);
        // The rows hold 238 doctors of 400: 59.5 % unweighted.
        Assert.Contains(beside + Numbers(59.5m, language), share, StringComparison.Ordinal);
        Assert.StartsWith(Numbers(Doctors.ComputedPercent, language), share);
        Assert.Contains(nEff, cells[FigureTableView.IndexOf("base")], StringComparison.Ordinal);
        Assert.Contains(deff, cells[FigureTableView.IndexOf("base")], StringComparison.Ordinal);
        Assert.StartsWith(reproduces, cells[FigureTableView.IndexOf("reproduces")]);
        Assert.Equal("—", cells[FigureTableView.IndexOf("alone")]);
    }

    private static string Numbers(decimal percent, Language language) => SurveyFigures.Formatting.Numbers.PercentText(percent, SurveyFigures.Formatting.Numbers.ShareDecimals, language);

    [Fact]
    public void Charts_name_the_weighted_share_and_its_method()
    {
        Assert.Equal("Recomputed share, 95 % interval (weighted, Wilson on n_eff)", ChartText.Recomputed(Language.En, Doctors));
        Assert.Equal("Part recalculée, intervalle à 95 % (pondéré, Wilson sur le n effectif)", ChartText.Recomputed(Language.Fr, Doctors));
    }

    [Fact]
    public void Figures_csv_gains_the_weighted_columns_only_when_a_study_is_weighted()
    {
        var folder = Directory.CreateTempSubdirectory("weighted-csv-").FullName;
        try
        {
            var path = Path.Combine(folder, "figures.csv");
            ResultsCsv.Write([Analysis.Value], path);
            var table = CsvTable.Read(path);
            Assert.Equal([.. ResultColumns.All, .. ResultColumns.Weighted], table.Header);
            var row = table.Lines.Single(l => table.Get(l, "id") == "sample.profession.doctor");
            Assert.Equal("yes", table.Get(row, "weighted"));
            Assert.Equal("59.500000", table.Get(row, "unweighted_percent")[..9]);
            Assert.Equal("wilson-n-eff", table.Get(row, "ci_method"));
            Assert.Equal("", table.Get(row, "feasible_min"));
            Assert.Equal(Doctors.Weighted!.KishEffectiveSize, double.Parse(table.Get(row, "n_eff"), System.Globalization.CultureInfo.InvariantCulture), 1e-6);
            Assert.Equal("yes", table.Get(row, "reproduces"));

            ResultsCsv.Write(RepositoryStudies.Analyses, path);
            Assert.Equal(ResultColumns.All, CsvTable.Read(path).Header);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(Language.Fr, "pondéré")]
    [InlineData(Language.En, "weighted")]
    public void Notebook_figure_rows_carry_the_weighted_cells_and_method(Language language, string word)
    {
        var table = SurveyFigures.NotebookBackend.NotebookRows.Figures(Analysis.Value, null, language);
        var row = table.Single(r => r.Id == "sample.profession.doctor");
        Assert.Equal("wilson-n-eff", row.IntervalMethod);
        Assert.Contains(word, row.Cells[FigureTableView.IndexOf("share")], StringComparison.Ordinal);
        Assert.True(row.MatchesPrinted);
    }

    [Fact]
    public void Notebook_figure_rows_carry_n_eff_and_the_design_effect_as_numbers_and_none_when_unweighted()
    {
        var row = SurveyFigures.NotebookBackend.NotebookRows.Figures(Analysis.Value, null, Language.En).Single(r => r.Id == "sample.profession.doctor");
        // Independently of the library: Kish's n_eff of the whole sample from the weight column as written.
        var weights = CsvRecords.Read(Path.Combine(Fixtures.Study("weighted-panel"), "respondents.csv"))
            .Select(f => double.Parse(f["weight"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(row.Weighted);
        Assert.Equal(59.5, row.UnweightedPercent);
        Assert.Equal(weights.Sum() * weights.Sum() / weights.Sum(w => w * w), row.EffectiveSize!.Value, 1e-9);
        Assert.Equal(Doctors.Weighted!.DesignEffect, row.DesignEffect);
        Assert.True(row.DesignEffect > 0);

        var unweighted = StudyAnalysis.Run(Study.Load(Fixtures.Study("raking-panel")), new RecomputeOptions());
        Assert.All(SurveyFigures.NotebookBackend.NotebookRows.Figures(unweighted, null, Language.En), r =>
            Assert.Equal((false, (double?)null, (double?)null, (double?)null), (r.Weighted, r.UnweightedPercent, r.EffectiveSize, r.DesignEffect)));
    }

    [Fact]
    public void The_report_shows_the_weighted_table_in_both_languages()
    {
        var html = System.Net.WebUtility.HtmlDecode(ReportBuilder.Build([Analysis.Value], []).Html);
        Assert.Contains("Wilson on n_eff", html, StringComparison.Ordinal);
        Assert.Contains("Wilson sur le n effectif", html, StringComparison.Ordinal);
        Assert.Contains("unweighted " + Numbers(59.5m, Language.En), html, StringComparison.Ordinal);
        Assert.Contains("non pondéré : " + Numbers(59.5m, Language.Fr), html, StringComparison.Ordinal);
    }
}
