using System.Text;
using System.Text.RegularExpressions;
using SurveyFigures.Charts;
using SurveyFigures.Io;
using SurveyFigures.Report;

namespace SurveyFigures.Browser;

/// <summary>
/// Static images of the report's charts (SVG and PNG under artifacts/figures/), drawn by plotly.js in headless Chromium:
/// one offline page runs <c>Plotly.toImage</c> on every chart and writes each data URL into the DOM, which is dumped,
/// decoded and written atomically.
/// </summary>
internal static partial class ChartImages
{
    public const int Width = 1400;
    private const string Marker = "survey-figures-image";

    [GeneratedRegex("<pre id=\"" + Marker + "-(?<index>[0-9]+)-(?<format>svg|png)\"[^>]*>(?<url>[^<]*)</pre>")]
    private static partial Regex ImagePattern();

    [GeneratedRegex("<pre id=\"" + Marker + "-errors\"[^>]*>(?<text>[^<]*)</pre>")]
    private static partial Regex ErrorsPattern();

    /// <summary>Writes every chart as SVG and PNG under <paramref name="folder"/>; returns one line to print (or how to install Chromium).</summary>
    public static string Export(IReadOnlyList<ReportChart> charts, string folder, HeadlessChromium? chromium, string? shownFolder = null)
    {
        if (chromium is null)
        {
            return $"Skipped the static images (--images): {HeadlessChromium.InstallHint}";
        }
        var written = Render(charts, chromium);
        foreach (var (chart, svg, png) in written)
        {
            var stem = Path.Combine(folder, chart.FileStem.Replace('/', Path.DirectorySeparatorChar));
            AtomicFile.WriteText(stem + ".svg", svg);
            AtomicFile.Write(stem + ".png", s => s.Write(png));
        }
        return $"Wrote {written.Count * 2} images ({written.Count} charts as SVG and PNG) under {shownFolder ?? folder}.";
    }

    /// <summary>Each chart's SVG text and PNG bytes, in the order given.</summary>
    public static IReadOnlyList<(ReportChart Chart, string Svg, byte[] Png)> Render(IReadOnlyList<ReportChart> charts, HeadlessChromium chromium)
    {
        var folder = Directory.CreateTempSubdirectory("surveyfigures-images-");
        try
        {
            var page = Path.Combine(folder.FullName, "images.html");
            File.WriteAllText(page, Page(charts), new UTF8Encoding(false));
            var dom = chromium.DumpDom(page, virtualTimeBudgetMs: 60_000);
            if (ErrorsPattern().Match(dom) is { Success: true } errors && errors.Groups["text"].Value.Length > 0)
            {
                throw new InvalidOperationException($"plotly.js could not export the charts: {System.Net.WebUtility.HtmlDecode(errors.Groups["text"].Value)}");
            }
            var urls = ImagePattern().Matches(dom).ToDictionary(
                m => (int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["format"].Value),
                m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value));
            return charts.Select((chart, i) =>
            {
                if (!urls.TryGetValue((i, "svg"), out var svg) || !urls.TryGetValue((i, "png"), out var png))
                {
                    throw new InvalidOperationException($"Chromium gave no image of chart {chart.DivId} (the page ran out of time, or plotly.js failed).");
                }
                return (chart, DecodeSvg(svg), DecodePng(png));
            }).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The export page: plotly.js inlined, every figure as JSON, and a script that exports them one after another.</summary>
    internal static string Page(IReadOnlyList<ReportChart> charts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n")
            .Append("<pre id=\"").Append(Marker).Append("-errors\"></pre>\n")
            .Append(ChartRendering.PlotlyJsScript()).Append('\n')
            .Append("<script>\nvar figures = [\n");
        foreach (var chart in charts)
        {
            html.Append(ChartRendering.ToJson(chart.Entry.Chart).Replace("<", "\\u003c", StringComparison.Ordinal)).Append(",\n");
        }
        html.Append("];\n").Append($$"""
            (async function () {
              var out = function (id, text) { var pre = document.createElement("pre"); pre.id = "{{Marker}}-" + id; pre.textContent = text; document.body.appendChild(pre); };
              for (var i = 0; i < figures.length; i++) {
                var f = figures[i];
                var size = { width: {{Width}}, height: (f.layout && f.layout.height) || 600 };
                try {
                  out(i + "-svg", await Plotly.toImage(f, { format: "svg", width: size.width, height: size.height }));
                  out(i + "-png", await Plotly.toImage(f, { format: "png", width: size.width, height: size.height, scale: 2 }));
                } catch (e) {
                  document.getElementById("{{Marker}}-errors").textContent += "chart " + i + ": " + (e && e.message ? e.message : e) + "\n";
                }
              }
            })();
            </script>
            </body></html>

            """);
        return html.ToString();
    }

    private static string DecodeSvg(string url)
    {
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        var head = url[..comma];
        var body = url[(comma + 1)..];
        return head.EndsWith(";base64", StringComparison.Ordinal) ? Encoding.UTF8.GetString(Convert.FromBase64String(body)) : Uri.UnescapeDataString(body);
    }

    private static byte[] DecodePng(string url) => Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..]);
}
