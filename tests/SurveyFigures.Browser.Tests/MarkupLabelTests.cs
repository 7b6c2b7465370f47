using System.Text;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Report;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// A fixture study (Fixtures/markup-label) whose labels, question and source are full of markup, drawn by plotly.js in
/// Chromium: no label may become a link or bold text in a chart, and each reads as typed.
/// </summary>
public sealed class MarkupLabelTests
{
    [Fact]
    public void A_label_full_of_markup_draws_as_text_in_the_charts()
    {
        var folder = Directory.CreateTempSubdirectory("surveyfigures-markup-").FullName;
        try
        {
            var study = Path.Combine(folder, "markup-label");
            Directory.CreateDirectory(study);
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "markup-label")))
            {
                File.Copy(file, Path.Combine(study, Path.GetFileName(file)));
            }
            Reconstructor.Reconstruct(Study.Load(study), RoundingRule.HalfUp);
            var analysis = StudyAnalysis.Run(Study.Load(study), new RecomputeOptions());
            var page = Path.Combine(folder, ReportBuilder.FileName);
            File.WriteAllText(page, ReportBuilder.Build([analysis], []).Html, new UTF8Encoding(false));

            var dom = RenderedReport.Chromium.DumpDom(page);

            // Plotly would have drawn <a xlink:href=...> (a link) and <tspan style="font-weight:bold"> (bold) from the raw label.
            Assert.DoesNotContain("xlink:href=\"https://example.com/\"", dom);
            Assert.DoesNotContain("<a href=\"https://example.com/\"", dom);
            // The label's text, as typed, is in the chart's SVG (serialized with its < and > escaped).
            Assert.Contains("&lt;a href=\"https://example.com/\"&gt;click me&lt;/a&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", dom);
            Assert.Contains("Question with &lt;i&gt;markup&lt;/i&gt;", dom);
            Assert.Equal("", RenderedReport.JsErrors(dom));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
