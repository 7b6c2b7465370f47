using System.Text;
using System.Text.RegularExpressions;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Report;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// The report of the repository's studies, written to a temporary file and opened once in headless Chromium
/// (English, as a reader first sees it) and once more after a click on the French switch.
/// </summary>
public sealed partial class RenderedReport : IDisposable
{
    [GeneratedRegex("<pre id=\"js-errors\"[^>]*>(?<text>[^<]*)</pre>")]
    private static partial Regex ErrorsPattern();

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("surveyfigures-report-");
    private readonly Lazy<string> _english;
    private readonly Lazy<string> _afterSwitch;

    public RenderedReport()
    {
        Root = RepositoryLayout.FindRoot();
        Analyses = StudyCatalog.LoadAll(Root).Select(s => StudyAnalysis.Run(s, new RecomputeOptions())).ToList();
        Report = ReportBuilder.ForRepository(Root, Analyses);
        PagePath = Path.Combine(_folder.FullName, ReportBuilder.FileName);
        File.WriteAllText(PagePath, Report.Html, new UTF8Encoding(false));
        _english = new(() => Chromium.DumpDom(PagePath));
        _afterSwitch = new(() =>
        {
            // The report itself, plus one script that presses the French switch once everything is drawn.
            var clicked = Path.Combine(_folder.FullName, "report-switched.html");
            var click = "<script>window.addEventListener('load', function () { setTimeout(function () { "
                + "document.querySelector('[data-set-lang=\"fr\"]').click(); }, 200); });</script>\n</body>";
            File.WriteAllText(clicked, Report.Html.Replace("</body>", click, StringComparison.Ordinal), new UTF8Encoding(false));
            return Chromium.DumpDom(clicked);
        });
    }

    public string Root { get; }
    // Internal, as the library types they hold are: the tests of this assembly read them, xunit needs only the class public.
    internal IReadOnlyList<StudyAnalysis> Analyses { get; }
    internal ReportDocument Report { get; }
    public string PagePath { get; }

    /// <summary>Chromium, or a failed test saying how to install it (CI installs it; a missing browser must not pass silently).</summary>
    internal static HeadlessChromium Chromium => HeadlessChromium.TryFind(TimeSpan.FromSeconds(90))
        ?? throw new Xunit.Sdk.XunitException(HeadlessChromium.InstallHint);

    public string EnglishDom => _english.Value;
    public string SwitchedDom => _afterSwitch.Value;

    /// <summary>What the page's error collector wrote into #js-errors (empty when no script failed).</summary>
    public static string JsErrors(string dom)
    {
        var match = ErrorsPattern().Match(dom);
        Assert.True(match.Success, "The dumped DOM has no #js-errors element.");
        return System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value);
    }

    /// <summary>The part of the dumped DOM that belongs to each chart: from its div to the next chart's div.</summary>
    public IReadOnlyDictionary<string, string> ChartDoms(string dom)
    {
        var starts = Report.Charts
            .Select(c => (c.DivId, Start: dom.IndexOf($"<div id=\"{c.DivId}\"", StringComparison.Ordinal)))
            .ToList();
        var missing = starts.Where(s => s.Start < 0).Select(s => s.DivId).ToList();
        Assert.True(missing.Count == 0, $"Chart divs missing from the DOM: {string.Join(", ", missing)}");
        var ordered = starts.OrderBy(s => s.Start).ToList();
        return ordered.Select((s, i) => (s.DivId, Text: dom[s.Start..(i + 1 < ordered.Count ? ordered[i + 1].Start : dom.Length)]))
            .ToDictionary(x => x.DivId, x => x.Text, StringComparer.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
