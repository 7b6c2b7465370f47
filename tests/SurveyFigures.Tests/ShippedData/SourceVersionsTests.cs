using SurveyFigures.Pipeline;
using SurveyFigures.Report;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.ShippedData;

/// <summary>
/// The sources view on the one disagreement other outlets printed for the 2025 barometer: What's up Doc's 59 % for
/// closer patient follow-up against the press release's 63 % (other-sources.md); every other version agrees.
/// </summary>
public class SourceVersionsTests
{
    private const string Study = "pulselife-barometer-2025";
    private const string FollowUp = "system.patient-follow-up";

    [Fact]
    public void The_disagreement_shows_both_values_their_sources_and_the_one_followed()
    {
        var rows = SourceVersions.Of(RepositoryStudies.Analysis(Study)).Where(r => r.Figure.Id == FollowUp).ToList();
        Assert.Equal(2, rows.Count);
        var followed = Assert.Single(rows, r => r.Followed);
        Assert.Equal("63", followed.Version.Printed);
        Assert.True(followed.Reproduced);
        var other = Assert.Single(rows, r => !r.Followed);
        Assert.Equal("59", other.Version.Printed);
        Assert.False(other.AgreesWithFollowed);
        Assert.False(other.Reproduced);
        Assert.Equal("What's up Doc", Assert.Single(RepositoryStudies.Analysis(Study).Study.SourcesOf(other.Version)).Publisher);
    }

    [Fact]
    public void Every_other_version_of_the_study_agrees_with_the_one_followed()
    {
        var rows = SourceVersions.Of(RepositoryStudies.Analysis(Study));
        Assert.All(rows.Where(r => r.Figure.Id != FollowUp), r => Assert.True(r.AgreesWithFollowed, $"{r.Figure.Id}: {r.Version.Display}"));
    }

    [Fact]
    public void The_report_lists_the_disagreeing_version_as_such()
    {
        var html = ReportBuilder.Build(RepositoryStudies.Analyses, []).Html;
        var table = html[html.IndexOf($"<table class=\"sources-view\" data-study-id=\"{Study}\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains($"<tr data-figure-id=\"{FollowUp}\" class=\"disagrees\">", table, StringComparison.Ordinal);
        Assert.Contains("disagrees with the followed version", table, StringComparison.Ordinal);
        Assert.Contains("https://www.whatsupdoc-lemag.fr/", table, StringComparison.Ordinal);
    }
}
