using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency;

/// <summary>Reference values worked by hand from the printed figures: 70 % of 665–672 users, 2 % of 214–218 secretaries.</summary>
public class ReadingComparisonTests
{
    private static ReadingOutcome Outcome(string study, string figure, NestedDenominator reading) =>
        RepositoryStudies.Analysis(study).Readings.Single(r => r.Figure.Id == figure && r.Reading == reading);

    [Fact]
    public void Seventy_percent_of_all_is_about_eighty_percent_of_users()
    {
        var ofAll = Outcome("pulselife-barometer-2025", "usage.several-times-a-day", NestedDenominator.Base);
        Assert.True(ofAll.Chosen);
        Assert.Equal(new CountRange(529, 535), ofAll.Counts); // 69.5–70.5 % of 760
        Assert.Equal(69.6m, ofAll.ShareOfBaseLow);
        Assert.InRange(ofAll.ShareOfParentLow, 78.7m, 78.8m); // 529 / 672
        Assert.InRange(ofAll.ShareOfParentHigh, 80.4m, 80.5m); // 535 / 665
    }

    [Fact]
    public void Seventy_percent_of_users_is_about_sixty_two_percent_of_all()
    {
        var ofUsers = Outcome("pulselife-barometer-2025", "usage.several-times-a-day", NestedDenominator.Parent);
        Assert.False(ofUsers.Chosen);
        // 69.5 % of 665 = 462.2 → 463; 70.5 % of 672 = 473.8 → 473.
        Assert.Equal(new CountRange(463, 473), ofUsers.Counts);
        Assert.Equal(60.9m, ofUsers.ShareOfBaseLow);
        Assert.Equal(62.2m, ofUsers.ShareOfBaseHigh);
    }

    [Fact]
    public void Two_percent_of_the_forty_is_under_one_percent_of_all()
    {
        var ofProgress = Outcome("lifen-secretariats-2024", "segur.concrete-progress", NestedDenominator.Parent);
        // 1.5–2.5 % of 214–218 secretaries: 4 or 5 people, 0.7–0.9 % of 540.
        Assert.Equal(new CountRange(4, 5), ofProgress.Counts);
        Assert.Equal(0.7m, ofProgress.ShareOfBaseLow);
        Assert.Equal(0.9m, ofProgress.ShareOfBaseHigh);
        Assert.Equal(Verdict.Consistent, ofProgress.Verdict);
    }
}
