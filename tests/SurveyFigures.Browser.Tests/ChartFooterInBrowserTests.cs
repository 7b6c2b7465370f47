using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SurveyFigures.Data;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// Every chart of the report as Chromium lays it out, in both languages on a page narrower than a chart's minimum width
/// (800 px, the width footers are wrapped to: the hardest case), and in English on a wide page: each footer and note annotation's box lies inside the chart's svg (left, right and bottom),
/// and the title block ends clear above the legend.
/// </summary>
public sealed partial class ChartFooterInBrowserTests(RenderedReport page) : IClassFixture<RenderedReport>
{
    [GeneratedRegex("<pre id=\"footer-boxes\">(?<json>[^<]*)</pre>")]
    private static partial Regex BoxesPattern();

    /// <summary>Measures, once the charts drew, each footer and note annotation against its chart's svg, and the title against the legend.</summary>
    private const string Measure = """
        <script>
        window.addEventListener('load', function () { setTimeout(function () {
          var out = [];
          document.querySelectorAll('.js-plotly-plot').forEach(function (gd) {
            var svg = gd.querySelector('svg.main-svg');
            if (!svg) { return; }
            var box = svg.getBoundingClientRect();
            if (box.width === 0) { return; }
            var annotations = (gd._fullLayout && gd._fullLayout.annotations) || [];
            annotations.forEach(function (a, i) {
              if (a.name !== 'footer' && a.name !== 'note') { return; }
              var text = gd.querySelector('g.annotation[data-index="' + i + '"] text');
              var r = text ? text.getBoundingClientRect() : { left: NaN, right: NaN, bottom: NaN };
              out.push({ chart: gd.id, name: a.name, left: r.left - box.left, right: r.right - box.left, bottom: r.bottom - box.top,
                width: box.width, height: box.height });
            });
            var title = gd.querySelector('.g-gtitle'), legend = gd.querySelector('.legend');
            if (title && legend && legend.getBoundingClientRect().height > 0) {
              out.push({ chart: gd.id, name: 'title', gap: legend.getBoundingClientRect().top - title.getBoundingClientRect().bottom });
            }
          });
          var pre = document.createElement('pre');
          pre.id = 'footer-boxes';
          pre.textContent = JSON.stringify(out);
          document.body.appendChild(pre);
        }, 3000); });
        </script>
        </body>
        """;

    [Theory]
    [InlineData("en", 1400)]
    [InlineData("en", 640)]
    [InlineData("fr", 640)]
    public void Every_footer_lies_inside_its_chart_and_the_title_clears_the_legend(string language, int windowWidth)
    {
        var folder = Directory.CreateTempSubdirectory("chart-footers-");
        try
        {
            var path = Path.Combine(folder.FullName, "report-measured.html");
            File.WriteAllText(path, page.Report.Html.Replace("</body>", Measure, StringComparison.Ordinal), new UTF8Encoding(false));
            var run = RenderedReport.Chromium.Run([$"--window-size={windowWidth},2400", "--virtual-time-budget=20000", "--dump-dom",
                Browser.HeadlessChromium.FileUrl(path) + "#" + language]);
            var match = BoxesPattern().Match(run.Stdout);
            Assert.True(match.Success, $"The page wrote no measurements (exit {run.ExitCode}).\n{run.Stderr[^Math.Min(2000, run.Stderr.Length)..]}");
            var rows = JsonNode.Parse(System.Net.WebUtility.HtmlDecode(match.Groups["json"].Value))!.AsArray().Select(r => r!.AsObject()).ToList();

            var lang = language == "fr" ? Language.Fr : Language.En;
            var charts = page.Report.Charts.Where(c => c.Language == lang || c.StudyId is null).Select(c => c.DivId).ToHashSet(StringComparer.Ordinal);
            var footers = rows.Where(r => r["name"]!.GetValue<string>() == "footer").ToList();
            // Not vacuous: every chart of the language shown was measured (the cross-study charts have one per language).
            Assert.True(footers.Count >= page.Report.Charts.Count(c => c.Language == lang),
                $"{footers.Count} footers measured, {page.Report.Charts.Count(c => c.Language == lang)} charts in {language}");
            Assert.All(footers, f => Assert.Contains(f["chart"]!.GetValue<string>(), charts));

            var outside = rows.Where(r => r["name"]!.GetValue<string>() != "title").Where(r =>
                !(r["left"]!.GetValue<double>() >= 0 && r["right"]!.GetValue<double>() <= r["width"]!.GetValue<double>()
                  && r["bottom"]!.GetValue<double>() <= r["height"]!.GetValue<double>()))
                .Select(r => r.ToJsonString()).ToList();
            Assert.True(outside.Count == 0, $"Annotations outside their chart ({language}, window {windowWidth} px):\n{string.Join("\n", outside)}");
            var crowded = rows.Where(r => r["name"]!.GetValue<string>() == "title" && r["gap"]!.GetValue<double>() < 10).Select(r => r.ToJsonString()).ToList();
            Assert.True(crowded.Count == 0, $"Titles less than 10 px above the legend ({language}, window {windowWidth} px):\n{string.Join("\n", crowded)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
