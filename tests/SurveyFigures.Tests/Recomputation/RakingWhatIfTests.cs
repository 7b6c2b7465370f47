using System.Globalization;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;
using SurveyFigures.Views;

namespace SurveyFigures.Tests.Recomputation;

/// <summary>
/// The raking what-if on tests/Fixtures/studies/raking-panel: profession and age band are independent in its rows, so
/// weights raked to its declared margins are known in closed form, and every figure's raked share and n_eff are
/// compared with R survey's rake() (Statistics/reference/raking_references.csv, from make_raking_references.R).
/// </summary>
public sealed class RakingWhatIfTests
{
    private static readonly Lazy<(Study Study, RespondentTable Table)> Panel = new(() =>
    {
        var study = Study.Load(Fixtures.Study("raking-panel"));
        return (study, RespondentCsv.Read(study));
    });

    [Fact]
    public void Each_respondent_gets_the_product_of_the_margins_ratios()
    {
        var (study, table) = Panel.Value;
        var weights = RakingWhatIf.Weights(study, table);
        // Closed form, from the fixture as written: population share over sample share, for each of the two margins.
        var rows = CsvRecords.Read(study.RespondentsPath);
        var population = new Dictionary<string, decimal> { ["doctor"] = 0.40m, ["nurse"] = 0.35m, ["other"] = 0.25m, ["under-50"] = 0.30m, ["over-50"] = 0.70m };
        decimal SampleShare(string column, string value) => (decimal)rows.Count(r => r[column] == value) / rows.Count;
        Assert.Equal(200, weights.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            var (profession, age) = (rows[r]["profession"], rows[r]["age_band"]);
            var expected = population[profession] / SampleShare("profession", profession) * (population[age] / SampleShare("age_band", age));
            Assert.Equal((double)expected, weights[r], 1e-12);
        }
        Assert.Equal(200, weights.Sum(), 1e-9);
    }

    [Fact]
    public void Every_figure_moves_as_R_survey_rake_says()
    {
        // Source: R survey 4.1.1 via Statistics/reference/make_raking_references.R → raking_references.csv.
        var (study, table) = Panel.Value;
        var whatIf = RakingWhatIf.For(study, table);
        var references = ReferenceCsv.Read("raking_references.csv");
        Assert.Equal(study.Figures.Select(f => f.Id), references.Select(r => r["id"]));
        foreach (var expected in references)
        {
            var f = whatIf.Figures.Single(x => x.Figure.Id == expected["id"]);
            Assert.Equal(int.Parse(expected["rows"], CultureInfo.InvariantCulture), f.BaseN);
            Assert.Equal(decimal.Parse(expected["unweighted"], CultureInfo.InvariantCulture), f.UnweightedPercent);
            Assert.Equal(D(expected["raked"]), f.RakedPercent, 1e-9);
            Assert.Equal(D(expected["n_eff_kish"]), f.KishEffectiveSize, 1e-9);
        }
        // The margins themselves are met: doctors raked to their 40 % from 50 % of the rows.
        Assert.Equal(40, whatIf.Figures.Single(f => f.Figure.Id == "sample.profession.doctor").RakedPercent, 1e-8);
    }

    [Fact]
    public void The_view_says_it_once_in_both_languages()
    {
        var (study, table) = Panel.Value;
        var whatIf = RakingWhatIf.For(study, table);
        var en = RakingWhatIfView.Rows(whatIf, Language.En);
        var tools = en.Single(r => r[0] == "usage.tools");
        Assert.Equal(RakingWhatIfView.Headings.Count, tools.Count);
        // 66 of 200 unweighted; 124.2 of 200 raked (closed form: 36·0.6 + 36·14/15 + 18·0.875 + 18·49/36 + 12·0.9375 + 12·35/24).
        Assert.Equal(["usage.tools", "Use digital tools", "66 %", "66.00 % (n = 200)", "62.10 %", "−3.90"], tools.Take(6));
        var fr = RakingWhatIfView.Rows(whatIf, Language.Fr).Single(r => r[0] == "usage.tools");
        Assert.Equal("62,10\u00A0%", fr[4]);
        Assert.Equal("+5,00", RakingWhatIfView.Rows(whatIf, Language.Fr).Single(r => r[0] == "sample.profession.other")[5]);
        var note = RakingWhatIfView.Note(whatIf, Language.En);
        Assert.Contains("https://example.org/invented-register", note);
        Assert.Contains("profession (doctor 40 %, nurse 35 %, other 25 %", note);
        Assert.Contains($"n_eff of the whole sample = {Numbers.Decimal((decimal)whatIf.KishEffectiveSize, 1, Language.En)}", note);
        Assert.Contains("n effectif de l'échantillon entier", RakingWhatIfView.Note(whatIf, Language.Fr));
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
