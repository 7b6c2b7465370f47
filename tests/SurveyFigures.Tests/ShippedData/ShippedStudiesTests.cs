using SurveyFigures.Charts;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.ShippedData;

/// <summary>
/// Facts of the shipped data, stated as published, and hand-worked values on them. This suite is the one place where
/// a change of data/ is meant to break tests: the rest of the tests check rules on fixture studies or count from the
/// data, so adding a study of one's own breaks none of them.
/// </summary>
public class ShippedStudiesTests
{
    private const string PulseLife = "pulselife-barometer-2025";
    private const string Lifen = "lifen-secretariats-2024";

    [Fact]
    public void TheRepositoryFile_ListsThreeThemes_EachAcrossBothStudies()
    {
        var themes = CrossStudyThemesReader.Load(RepositoryStudies.Root, RepositoryStudies.All);
        Assert.Equal(["training", "time-saved", "reliability"], themes.Select(t => t.Id));
        Assert.All(themes, t => Assert.Equal([PulseLife, Lifen], t.Studies));
        Assert.Equal(["barriers.no-time-to-train", "improvements.training", "training.none"], themes[0].Figures.Select(f => f.Figure));
        Assert.Equal(["benefits.time-saving", "effects.time-saved"], themes[1].Figures.Select(f => f.Figure));
        Assert.Equal(["barriers.technical-issues", "satisfaction.dissatisfied"], themes[2].Figures.Select(f => f.Figure));
        Assert.All(themes.SelectMany(t => t.Figures), f => Assert.True(f.Note.Fr.Length > 0 && f.Note.En.Length > 0 && f.Note.Fr != f.Note.En));
    }

    [Fact]
    public void Figures_printed_twice_are_one_row_with_both_locators()
    {
        var study = RepositoryStudies.Get("pulselife-barometer-2025");
        foreach (var id in new[] { "perception.quality-of-care", "patients.low-interest", "sample.profession.doctor" })
        {
            Assert.Equal(2, study.Figure(id).Sources.Count);
        }
    }

    [Fact]
    public void Doctors_subgroup_is_a_feasible_count_of_the_published_54_percent()
    {
        var analysis = RepositoryStudies.Analysis("pulselife-barometer-2025");
        var doctors = analysis.Results.Single(r => r.Figure.Id == "in-consultation.doctors").BaseN;
        var share = analysis.Results.Single(r => r.Figure.Id == "sample.profession.doctor");
        Assert.Equal(share.Count, doctors);
        // 53.5 % of 760 = 406.6 and 54.5 % of 760 = 414.2, so 407 to 414 doctors print as 54 %.
        Assert.InRange(doctors, 407, 414);
    }
}
