using System.Net;
using SurveyFigures.Data;
using SurveyFigures.NotebookBackend;
using SurveyFigures.Report;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Views;

/// <summary>The sources view is built once: the notebooks' table and the report's section say the same words, in both languages.</summary>
public sealed class SourcesViewTests
{
    [Fact]
    public void The_notebook_table_and_the_report_share_title_headings_and_standings()
    {
        // Any study whose figures some source prints twice; counted from the data, not named.
        var analysis = RepositoryStudies.Analyses.First(a => a.Study.Figures.Any(f => f.Versions.Count > 1));
        var report = WebUtility.HtmlDecode(ReportBuilder.Build([analysis], []).Html);
        foreach (var language in new[] { Language.Fr, Language.En })
        {
            var table = NotebookRows.Sources(analysis, language);
            Assert.Contains($">{table.Caption}</h4>", report, StringComparison.Ordinal);
            Assert.All(table.Columns, c => Assert.Contains($">{c}</span>", report, StringComparison.Ordinal));
            Assert.All(table.Rows, r => Assert.Contains($">{r[4]}</span>", report, StringComparison.Ordinal));
        }
    }
}
