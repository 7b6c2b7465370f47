using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Io;
using SurveyFigures.Pipeline;

namespace SurveyFigures.Report;

/// <summary>The report page and the charts it draws (in page order, both languages).</summary>
internal sealed record ReportDocument(string Html, IReadOnlyList<ReportChart> Charts);

/// <summary>
/// artifacts/report.html: one self-contained page (plotly.js inlined once, nothing fetched) with, for each study, its
/// header, every figure grouped by question, the consistency findings and every chart, then the cross-study chart;
/// all in French and English behind a switch. Deterministic: the same analyses give the same bytes.
/// </summary>
internal static class ReportBuilder
{
    public const string FileName = "report.html";

    /// <summary>The report of the repository's studies, with the cross-study themes of data/ when the file exists.</summary>
    public static ReportDocument ForRepository(string root, IReadOnlyList<StudyAnalysis> analyses)
    {
        var themes = File.Exists(CrossStudyThemesReader.PathIn(root))
            ? CrossStudyThemesReader.Load(root, analyses.Select(a => a.Study))
            : [];
        return Build(analyses, themes, EditionsReader.Load(root, analyses.Select(a => a.Study)));
    }

    public static ReportDocument Build(IReadOnlyList<StudyAnalysis> analyses, IReadOnlyList<CrossStudyTheme> themes, IReadOnlyList<EditionPair>? editions = null)
    {
        var charts = ReportCharts.For(analyses, themes, editions);
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\" data-lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Open("title").Text(ReportText.PageTitle.En).Close("title").Line()
            .Raw(ReportPage.Style).Line().Raw(ReportPage.HeadScript).Line().Raw("</head>\n<body>\n");
        html.Open("pre", ("id", ReportPage.ErrorsId), ("hidden", "hidden")).Close("pre").Line();
        html.Raw("<header class=\"page\">").Both("h1", ReportText.PageTitle)
            .Raw("<div class=\"switch\"><button type=\"button\" data-set-lang=\"en\" lang=\"en\">English</button> ")
            .Raw("<button type=\"button\" data-set-lang=\"fr\" lang=\"fr\">Français</button></div></header>\n");
        html.Both("p", ReportText.Intro).Line();
        Contents(html, analyses, themes.Count > 0, editions is { Count: > 0 });
        html.Raw(ChartRendering.PlotlyJsScript()).Line();
        foreach (var analysis in analyses)
        {
            var id = analysis.Study.Id;
            html.Open("section", ("class", "study"), ("id", StudyAnchor(id)), ("data-study-id", id)).Line();
            ReportHeader.Write(html, analysis.Study);
            html.Both("h3", ReportText.Figures).Line();
            ReportTable.Write(html, analysis);
            html.Both("h3", ReportText.Findings).Line();
            ReportFindings.Write(html, analysis);
            html.Both("h3", ReportText.Charts).Line();
            Charts(html, charts.Where(c => c.StudyId == id));
            html.Close("section").Line();
        }
        if (themes.Count > 0)
        {
            html.Open("section", ("class", "cross-study"), ("id", "cross-study")).Line().Both("h2", ReportText.CrossStudy).Line();
            Charts(html, charts.Where(c => c.StudyId is null && c.Entry.Key == ChartCatalog.CrossStudyKey));
            html.Close("section").Line();
        }
        if (editions is { Count: > 0 })
        {
            html.Open("section", ("class", "editions"), ("id", "editions")).Line().Both("h2", ReportText.Editions).Line();
            html.Both("p", ReportText.EditionsIntro).Line();
            Charts(html, charts.Where(c => c.StudyId is null && c.Entry.Key == EditionsChart.Key));
            html.Close("section").Line();
        }
        html.Raw(ReportPage.SwitchScript).Line().Raw("</body>\n</html>\n");
        return new ReportDocument(html.ToString(), charts);
    }

    /// <summary>Builds the repository's report and writes it atomically to <paramref name="path"/>.</summary>
    public static ReportDocument Write(string root, IReadOnlyList<StudyAnalysis> analyses, string path)
    {
        var report = ForRepository(root, analyses);
        AtomicFile.WriteText(path, report.Html);
        return report;
    }

    private static void Contents(HtmlWriter html, IReadOnlyList<StudyAnalysis> analyses, bool crossStudy, bool editions)
    {
        html.Open("nav").Both("strong", ReportText.Contents).Open("ul");
        foreach (var analysis in analyses)
        {
            html.Open("li").Open("a", ("href", "#" + StudyAnchor(analysis.Study.Id))).Spans(analysis.Study.Metadata.Title).Close("a")
                .Text($" (n = {analysis.Study.Metadata.Sample}, {analysis.Results.Count} ").Spans(new LocalizedText("chiffres", "figures")).Text(")").Close("li");
        }
        if (crossStudy)
        {
            html.Open("li").Open("a", ("href", "#cross-study")).Spans(ReportText.CrossStudy).Close("a").Close("li");
        }
        if (editions)
        {
            html.Open("li").Open("a", ("href", "#editions")).Spans(ReportText.Editions).Close("a").Close("li");
        }
        html.Close("ul").Close("nav").Line();
    }

    /// <summary>Each chart key once, with a caption, then its French and English versions (the inactive one hidden).</summary>
    private static void Charts(HtmlWriter html, IEnumerable<ReportChart> charts)
    {
        foreach (var group in charts.GroupBy(c => c.Entry.Key))
        {
            html.Open("figure", ("class", "chart"), ("data-chart-key", group.Key)).Line();
            html.Open("figcaption");
            foreach (var chart in group)
            {
                html.Open("span", ("class", HtmlWriter.Switched), ("lang", HtmlWriter.Code(chart.Language))).Text(chart.Entry.Title.Main).Close("span");
            }
            html.Close("figcaption").Line();
            foreach (var chart in group)
            {
                html.Open("div", ("class", HtmlWriter.Switched + " chart-version"), ("lang", HtmlWriter.Code(chart.Language))).Line()
                    .Raw(ChartRendering.ToHtml(chart.Entry.Chart, chart.DivId, includePlotlyJs: false)).Close("div").Line();
            }
            html.Close("figure").Line();
        }
    }

    private static string StudyAnchor(string studyId) => ReportCharts.Slug("study-" + studyId);
}
