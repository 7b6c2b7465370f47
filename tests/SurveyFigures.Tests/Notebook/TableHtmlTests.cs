using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Tests.Notebook;

public class TableHtmlTests
{
    [Fact]
    public void Text_from_data_files_is_escaped()
    {
        var html = TableHtml.Render(new TextTable("<b>caption</b>", ["a"], [["<script>alert(1)</script>"]], "note & more"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;caption&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("note &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_table_has_one_row_per_figure_and_the_synthetic_note()
    {
        var row = new FigureRow("s", "usage.x", "usage", "Use", "88 %", "all", 760, 669, 88.03, 665, 672, "wilson", 0.95, 85.5, 90.1, "consistent", "", true, "760", "88.03", "85.5–90.1", "consistent",
            666, 670, [], ["usage.x", "665–672", "666–670"], false, null, null, null);
        var html = TableHtml.Render(new FigureTable("Caption", "Synthetic data", ["id", "alone", "given the others"], [row, row with { Id = "usage.y" }]));
        Assert.Equal(3, html.Split("<tr>").Length - 1); // header + 2 rows
        Assert.Contains("<th>given the others</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>666–670</td>", html, StringComparison.Ordinal);
        Assert.Contains("Synthetic data", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatter_source_follows_the_kernel_convention()
    {
        var attribute = typeof(ChartView).GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var mimes = (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
        // text/plain among the preferred types: .NET Interactive sends only these, and the runner always adds text/plain.
        Assert.Equal(["text/html", "application/vnd.plotly.v1+json", "text/plain"], mimes);
        var formatters = ((IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(Activator.CreateInstance(sourceType), null)!).ToList();
        var chart = new ChartView("k", "Title", "div-1", "{\"data\":[]}", "<div id=\"div-1\"></div>");
        var plotly = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == ChartView.PlotlyMimeType && (Type)f.GetType().GetProperty("Type")!.GetValue(f)! == typeof(ChartView));
        var writer = new StringWriter();
        Assert.True((bool)plotly.GetType().GetMethod("Format")!.Invoke(plotly, [chart, writer])!);
        Assert.Equal("{\"data\":[]}", writer.ToString());
    }

    [Fact]
    public void French_tables_and_study_cards_have_french_headers()
    {
        var backend = SurveyFigures.Notebook.Hosting.LibraryHost.CreateBackend(Support.RepositoryStudies.Root);
        var fr = System.Net.WebUtility.HtmlDecode(TableHtml.Render(backend.Figures("lifen-secretariats-2024", "segur", new ViewOptions("fr"))));
        Assert.Contains("<th>publié</th>", fr, StringComparison.Ordinal);
        Assert.Contains("Perception du Ségur numérique", fr, StringComparison.Ordinal);
        Assert.Contains("<th>printed</th>", TableHtml.Render(backend.Figures("lifen-secretariats-2024", "segur", new ViewOptions("en"))), StringComparison.Ordinal);
        Assert.Contains("Taille de l'échantillon", System.Net.WebUtility.HtmlDecode(StudyHtml.Render(backend.Studies(new ViewOptions("fr"))[0])), StringComparison.Ordinal);
    }

    [Fact]
    public void The_study_card_and_the_report_header_use_one_vocabulary()
    {
        // One list of terms: every term of the notebook card, in both languages, is the report header's term too.
        var backend = SurveyFigures.Notebook.Hosting.LibraryHost.CreateBackend(Support.RepositoryStudies.Root);
        var report = System.Net.WebUtility.HtmlDecode(SurveyFigures.Report.ReportBuilder.Build(Support.RepositoryStudies.Analyses, []).Html);
        foreach (var language in new[] { "fr", "en" })
        {
            var card = System.Net.WebUtility.HtmlDecode(StudyHtml.Render(backend.Studies(new ViewOptions(language))[0]));
            var terms = System.Text.RegularExpressions.Regex.Matches(card, "<dt>(.*?)</dt>").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(7, terms.Count);
            // The report has no "published figures" fact of its own; the six others are its header's terms.
            Assert.All(terms.Take(6), t => Assert.Contains($">{t}</span>", report, StringComparison.Ordinal));
        }
    }
}
