using System.Net;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Report;
using SurveyFigures.Tests.Support;
using SurveyFigures.Views;

namespace SurveyFigures.Tests.Report;

/// <summary>The report shows the raking what-if of a study declaring population margins, in both languages, and nothing for others.</summary>
public sealed class ReportRakingTests
{
    private static string Html(string fixture) =>
        WebUtility.HtmlDecode(ReportBuilder.Build([StudyAnalysis.Run(Study.Load(Fixtures.Study(fixture)), new RecomputeOptions())], []).Html);

    [Fact]
    public void A_study_with_margins_gets_the_what_if_table_in_both_languages()
    {
        var html = Html("raking-panel");
        var start = html.IndexOf("<table class=\"raking-what-if\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no raking what-if table");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        Assert.Equal(7, table.Split("<tr data-figure-id=").Length - 1);
        Assert.Contains(RakingWhatIfView.Title.En, html, StringComparison.Ordinal);
        Assert.Contains(RakingWhatIfView.Title.Fr, html, StringComparison.Ordinal);
        Assert.Contains("62.10 %", html, StringComparison.Ordinal);
        Assert.Contains("62,10\u00A0%", html, StringComparison.Ordinal);
        Assert.Contains("Iterative proportional fitting", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_study_without_margins_gets_no_what_if()
    {
        var html = Html("weighted-panel");
        Assert.DoesNotContain("raking-what-if", html, StringComparison.Ordinal);
        Assert.DoesNotContain(RakingWhatIfView.Title.En, html, StringComparison.Ordinal);
    }
}
