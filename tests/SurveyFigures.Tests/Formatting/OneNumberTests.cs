using SurveyFigures.Rendering;
using System.Globalization;
using System.Text.Json;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.NotebookBackend;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Report;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Formatting;

/// <summary>
/// One number everywhere: every figure of every study, in both languages, shows the same digits in the console, the
/// report, the notebook table, the chart hovers and (rounded from its full precision) figures.csv. The expected text is
/// worked out here independently: the exact share 100·count/n and each interval bound, rounded once, half away from
/// zero, to 2 and 1 decimals, with a decimal comma and a non-breaking space before % in French.
/// </summary>
public class OneNumberTests
{
    private static readonly Lazy<string> Report = new(() => ReportBuilder.Build(RepositoryStudies.Analyses, []).Html);
    private static readonly Lazy<Dictionary<(string, Language), List<string>>> Hovers = new(CollectHovers);
    private static readonly Lazy<IReadOnlyList<IReadOnlyDictionary<string, string>>> Csv = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"one-number-{Guid.NewGuid():N}.csv");
        ResultsCsv.Write(RepositoryStudies.Analyses, path);
        var records = CsvRecords.Read(path);
        File.Delete(path);
        return records;
    });

    public static TheoryData<string, string, string> Figures()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var study in RepositoryStudies.All)
        {
            foreach (var figure in study.Figures)
            {
                data.Add(study.Id, figure.Id, "en");
                data.Add(study.Id, figure.Id, "fr");
            }
        }
        return data;
    }

    private static string Text(decimal value, int decimals, Language language)
    {
        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return language == Language.Fr ? text.Replace('.', ',') : text;
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Every_view_shows_the_same_digits(string studyId, string figureId, string code)
    {
        var language = LocalizedText.ParseLanguage(code);
        var analysis = RepositoryStudies.Analysis(studyId);
        var r = analysis.Results.Single(x => x.Figure.Id == figureId);
        var pct = language == Language.Fr ? "\u00A0%" : " %";
        var share = Text(100m * r.Count / r.BaseN, 2, language);
        var interval = $"{Text((decimal)r.Interval.Low * 100, 1, language)}–{Text((decimal)r.Interval.High * 100, 1, language)}";

        // Notebook table (through the backend's rows, as the facade shows them).
        var row = NotebookRows.Figures(analysis, null, language).Rows.Single(x => x.Id == figureId);
        Assert.Equal(share, row.ShareText);
        Assert.Equal(interval, row.IntervalText);

        // Report: the row's cells in this language.
        var html = Report.Value;
        var at = html.IndexOf($"<tr data-figure-id=\"{figureId}\" data-study-id=\"{studyId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no report row for {studyId}/{figureId}");
        var cells = html[at..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
        Assert.Contains($"lang=\"{code}\">{HtmlWriter.Escape(share + pct)}</span>", cells, StringComparison.Ordinal);
        Assert.Contains($"lang=\"{code}\">{HtmlWriter.Escape(interval + pct)}</span>", cells, StringComparison.Ordinal);

        // Chart hovers: the figure's hover in its question chart.
        Assert.Contains(Hovers.Value[(studyId, language)], h => h.Contains(PlotlyText.Escape(r.Figure.Label.In(language)), StringComparison.Ordinal)
            && h.Contains(share + pct, StringComparison.Ordinal) && h.Contains(interval + pct, StringComparison.Ordinal));

        // Console (English only).
        if (language == Language.En)
        {
            var line = SummaryTable.Format(analysis).Split('\n').Single(l => l.StartsWith(figureId + " ", StringComparison.Ordinal));
            Assert.Contains($" {share} ", line, StringComparison.Ordinal);
            Assert.Contains($" {interval} ", line, StringComparison.Ordinal);
        }

        // figures.csv keeps full precision; rounded once it gives the same digits.
        var fields = Csv.Value.Single(r => r["study"] == studyId && r["id"] == figureId);
        decimal Field(string column) => decimal.Parse(fields[column], CultureInfo.InvariantCulture);
        Assert.Equal(share, Text(Field("computed_percent"), 2, language));
        Assert.Equal(interval, $"{Text(Field("ci_low"), 1, language)}–{Text(Field("ci_high"), 1, language)}");
    }

    [Fact]
    public void French_views_use_a_decimal_comma_and_a_non_breaking_space_before_percent()
    {
        var html = Report.Value;
        var french = System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"t (share|interval|printed)\" lang=\"fr\">([^<]*)</span>").Select(m => m.Groups[2].Value).ToList();
        Assert.NotEmpty(french);
        Assert.All(french, t => Assert.DoesNotMatch(@"\d\.\d", t));
        Assert.All(french.Where(t => t.Contains('%', StringComparison.Ordinal)), t => Assert.Contains("&#160;%", t));
        Assert.Contains(french, t => t.Contains(',', StringComparison.Ordinal));
        var table = NotebookRows.Figures(RepositoryStudies.Analyses[0], null, Language.Fr);
        Assert.All(table.Rows, r => Assert.DoesNotMatch(@"\d\.\d", r.ShareText + r.IntervalText + r.Printed));
        Assert.Contains(table.Rows, r => r.ShareText.Contains(',', StringComparison.Ordinal));
    }

    private static Dictionary<(string, Language), List<string>> CollectHovers()
    {
        var hovers = new Dictionary<(string, Language), List<string>>();
        foreach (var analysis in RepositoryStudies.Analyses)
        {
            foreach (var language in new[] { Language.En, Language.Fr })
            {
                var list = new List<string>();
                foreach (var entry in ChartCatalog.For(analysis, language).Where(e => e.Key.StartsWith("question:", StringComparison.Ordinal) || e.Key == ChartCatalog.CompositionKey))
                {
                    Collect(JsonDocument.Parse(entry.ToJson()).RootElement, list);
                }
                hovers[(analysis.Study.Id, language)] = list;
            }
        }
        return hovers;
    }

    private static void Collect(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "hovertext" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        into.AddRange(property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
                    }
                    else
                    {
                        Collect(property.Value, into);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }
                break;
        }
    }
}
