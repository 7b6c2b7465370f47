using System.Text.RegularExpressions;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Io;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Report;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Report;

public sealed partial class ReportBuilderTests
{
    private static readonly Lazy<ReportDocument> Repository = new(() => ReportBuilder.ForRepository(RepositoryStudies.Root, RepositoryStudies.Analyses));

    [GeneratedRegex("<a [^>]*>")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<tr data-figure-id=\"(?<figure>[^\"]+)\" data-study-id=\"(?<study>[^\"]+)\"")]
    private static partial Regex FigureRowPattern();

    [Fact]
    public void TwoRunsWriteByteIdenticalFiles()
    {
        var folder = Directory.CreateTempSubdirectory("surveyfigures-report-");
        try
        {
            var first = Path.Combine(folder.FullName, "first.html");
            var second = Path.Combine(folder.FullName, "second.html");
            ReportBuilder.Write(RepositoryStudies.Root, RepositoryStudies.Analyses, first);
            var fresh = RepositoryStudies.All.Select(s => StudyAnalysis.Run(s, new RecomputeOptions())).ToList();
            ReportBuilder.Write(RepositoryStudies.Root, fresh, second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void PageIsSelfContainedWithPlotlyEmbeddedOnce()
    {
        var html = Repository.Value.Html;
        Assert.Equal(1, Occurrences(html, ChartRendering.PlotlyJs()));
        // Outside the library's own text (which mentions URLs in strings), nothing refers to another resource.
        html = html.Replace(ChartRendering.PlotlyJs(), "", StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.DoesNotMatch("<link[^>]+href=", html);
        // Nothing is loaded from elsewhere (links to the sources' addresses are only followed when clicked).
        Assert.DoesNotMatch("src=\"(https?:)?//", html);
        Assert.DoesNotMatch("<link[^>]+href=\"(https?:)?//", html);
        Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TableHasOneRowPerLedgerFigureGroupedUnderQuestionLabels()
    {
        var html = Repository.Value.Html;
        var rows = FigureRowPattern().Matches(html).Select(m => $"{m.Groups["study"].Value}/{m.Groups["figure"].Value}").ToList();
        var ledger = RepositoryStudies.Analyses.SelectMany(a => a.Study.Figures.Select(f => $"{a.Study.Id}/{f.Id}")).ToList();
        Assert.Equal(ledger.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        foreach (var question in RepositoryStudies.All.SelectMany(s => s.Metadata.Questions.Where(q => s.Figures.Any(f => f.Question == q.Id))))
        {
            Assert.Contains($">{Escape(question.Label.En)}</span>", html, StringComparison.Ordinal);
            Assert.Contains($">{Escape(question.Label.Fr)}</span>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryCatalogChartIsDrawnInBothLanguagesAndTheCrossStudyChartToo()
    {
        var report = Repository.Value;
        foreach (var analysis in RepositoryStudies.Analyses)
        {
            foreach (var language in new[] { Language.Fr, Language.En })
            {
                var expected = ChartCatalog.For(analysis, language).Select(e => e.Title.Text).ToList();
                Assert.Equal(expected, report.Charts.Where(c => c.StudyId == analysis.Study.Id && c.Language == language).Select(c => c.Entry.Title.Text));
            }
        }
        Assert.Equal(2, report.Charts.Count(c => c.StudyId is null && c.Entry.Key == ChartCatalog.CrossStudyKey));
        Assert.Equal(report.Charts.Count, report.Charts.Select(c => c.DivId).Distinct().Count());
        foreach (var chart in report.Charts)
        {
            Assert.Equal(1, Occurrences(report.Html, $"<div id=\"{chart.DivId}\""));
            Assert.Contains($"newPlot(\"{chart.DivId}\"", report.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HeaderAndFindingsComeFromTheStudiesAndTheChecks()
    {
        var html = Repository.Value.Html;
        foreach (var analysis in RepositoryStudies.Analyses)
        {
            var m = analysis.Study.Metadata;
            Assert.Contains(Escape(m.Population.En), html, StringComparison.Ordinal);
            Assert.Contains(Escape(m.Sampling.Fr), html, StringComparison.Ordinal);
            Assert.Contains($"n = {m.SampleSize}", html, StringComparison.Ordinal);
            Assert.Contains(Escape(m.Respondents.Note.En), html, StringComparison.Ordinal);
            Assert.All(m.Sources, s =>
            {
                Assert.Contains(Escape(s.TitleIn(Language.En)), html, StringComparison.Ordinal);
                Assert.Contains($"href=\"{Escape(s.Address)}\"", html, StringComparison.Ordinal);
            });
            Assert.All(m.Residuals, r => Assert.Contains(Escape(r.Why.En), html, StringComparison.Ordinal));
            Assert.All(m.Readings, r => Assert.Contains(Escape(r.Why.Fr), html, StringComparison.Ordinal));
            Assert.All(analysis.Checks.Where(c => c.Verdict == Verdict.Untestable),
                c => Assert.Contains($"<li data-finding=\"{c.Figure.Id}\"", html, StringComparison.Ordinal));
            Assert.All(analysis.Checks.Where(c => c.Verdict == Verdict.Untestable),
                c => Assert.Contains(Escape(c.Reason), html, StringComparison.Ordinal));
            // Both readings of every nested figure, in both languages.
            Assert.All(analysis.Readings.Select(r => r.Figure.Id).Distinct(),
                id => Assert.Contains($"data-reading=\"{id}\"", html, StringComparison.Ordinal));
        }
        Assert.Contains("Intervals describe sampling noise only", html, StringComparison.Ordinal);
        // One item per reading outcome, inside the readings' own blocks: counted by the markup, not by a phrase that a
        // ledger's note or label could also hold.
        var readingItems = Regex.Matches(html, "<div class=\"reading\" data-reading=\"[^\"]+\">(.*?)</div>", RegexOptions.Singleline)
            .Sum(block => Regex.Matches(block.Groups[1].Value, "<li class=\"(chosen|alternative)\">").Count);
        Assert.Equal(RepositoryStudies.Analyses.Sum(a => a.Readings.Count), readingItems);
    }

    [Fact]
    public void DataTextIsEscaped()
    {
        const string Label = "<script>alert('x')</script> & co";
        using var temp = new TempStudy(
            TempStudy.Ledger(
                $"q.a,q,multi,{Label},{Label},40,all,,,a,1,,,doc:s1",
                TempStudy.Row("q.b", "25", "b")),
            questions: """{"id":"q","label":{"fr":"<b>Question</b>","en":"<img src=x onerror=alert(1)>"}}""");
        var study = temp.Load();
        var analysis = StudyAnalysis.FromRespondents(study, RespondentGenerator.Generate(study, RoundingRule.HalfUp), new RecomputeOptions());
        var html = ReportBuilder.Build([analysis], []).Html;
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Question</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        // The chart JSON inside its script element cannot close the element either.
        Assert.Equal(Occurrences(html, "<script>") + Occurrences(html, $"<script id=\"{ChartRendering.PlotlyJsElementId}\">"), Occurrences(html, "</script>"));
        Assert.Equal(2, FigureRowPattern().Matches(html).Count);
    }

    [Fact]
    public void EveryLinkIsAnAnchorOrACheckedAddressOpenedWithoutOpenerOrReferrer()
    {
        // Plotly's own code (inlined once) holds link templates of its own; the page is the rest.
        var links = LinkPattern().Matches(Repository.Value.Html.Replace(ChartRendering.PlotlyJs(), "", StringComparison.Ordinal)).Select(m => m.Value).ToList();
        var external = links.Where(l => !l.Contains("href=\"#", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(external);
        Assert.All(external, link =>
        {
            Assert.Contains("rel=\"noopener noreferrer\"", link, StringComparison.Ordinal);
            Assert.True(WebAddress.IsValid(Regex.Match(link, "href=\"([^\"]*)\"").Groups[1].Value), link);
        });
    }

    [Fact]
    public void AnAddressThatSkippedTheCheckAtLoadIsShownButNeverLinked()
    {
        // A study built in code (a notebook, a test) never went through study.json's checks.
        using var temp = new TempStudy(TempStudy.Ledger(TempStudy.Row("q.a", "40", "a")));
        var loaded = temp.Load();
        var hostile = loaded.Metadata with { Sources = [loaded.Metadata.Sources[0] with { Address = "javascript:alert(1)" }] };
        var study = new Study(loaded.Folder, loaded.ShownFolder, hostile, loaded.Figures);
        var analysis = StudyAnalysis.FromRespondents(study, RespondentGenerator.Generate(study, RoundingRule.HalfUp), new RecomputeOptions());
        var html = ReportBuilder.Build([analysis], []).Html;
        Assert.Contains("javascript:alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        var page = html.Replace(ChartRendering.PlotlyJs(), "", StringComparison.Ordinal);
        Assert.All(LinkPattern().Matches(page).Select(m => m.Value), link => Assert.Contains("href=\"#", link, StringComparison.Ordinal));
    }

    [Fact]
    public void WriteGoesThroughAnAtomicFileUnderArtifacts()
    {
        var folder = Directory.CreateTempSubdirectory("surveyfigures-report-");
        try
        {
            var path = Path.Combine(folder.FullName, "nested", ReportBuilder.FileName);
            var report = ReportBuilder.Write(RepositoryStudies.Root, RepositoryStudies.Analyses, path);
            Assert.Equal(report.Html, File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
