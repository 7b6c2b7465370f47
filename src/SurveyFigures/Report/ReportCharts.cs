using System.Text;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;

namespace SurveyFigures.Report;

/// <summary>
/// One chart of the report in one language: <see cref="StudyId"/> is the study it belongs to (null for the cross-study
/// chart), <see cref="DivId"/> its stable element id, <see cref="FileStem"/> the path (without extension, '/'-separated)
/// its static images get under artifacts/figures.
/// </summary>
internal sealed record ReportChart(string? StudyId, Language Language, ChartEntry Entry, string DivId, string FileStem);

/// <summary>Every chart the report shows: for each study <see cref="ChartCatalog.For"/> in both languages, then the cross-study chart.</summary>
internal static class ReportCharts
{
    public static IReadOnlyList<ReportChart> For(IReadOnlyList<StudyAnalysis> analyses, IReadOnlyList<CrossStudyTheme> themes, IReadOnlyList<EditionPair>? editions = null)
    {
        var charts = new List<ReportChart>();
        foreach (var analysis in analyses)
        {
            charts.AddRange(OfStudy(analysis));
        }
        if (themes.Count > 0)
        {
            foreach (var language in HtmlWriter.Languages)
            {
                var entry = ChartCatalog.CrossStudy(themes, analyses, language);
                charts.Add(new ReportChart(null, language, entry, Id(["chart", entry.Key, HtmlWriter.Code(language)]), $"{Slug(entry.Key)}.{HtmlWriter.Code(language)}"));
            }
        }
        if (editions is { Count: > 0 })
        {
            foreach (var language in HtmlWriter.Languages)
            {
                var entry = ChartCatalog.Editions(editions, analyses, language);
                charts.Add(new ReportChart(null, language, entry, Id(["chart", entry.Key, HtmlWriter.Code(language)]), $"{Slug(entry.Key)}.{HtmlWriter.Code(language)}"));
            }
        }
        return charts;
    }

    /// <summary>A study's charts, French then English for each chart key.</summary>
    public static IEnumerable<ReportChart> OfStudy(StudyAnalysis analysis)
    {
        var byLanguage = HtmlWriter.Languages.ToDictionary(l => l, l => ChartCatalog.For(analysis, l));
        var keys = byLanguage[Language.En].Select(e => e.Key).ToList();
        foreach (var key in keys)
        {
            foreach (var language in HtmlWriter.Languages)
            {
                var entry = byLanguage[language].Single(e => e.Key == key);
                var code = HtmlWriter.Code(language);
                yield return new ReportChart(analysis.Study.Id, language, entry,
                    Id(["chart", analysis.Study.Id, key, code]), $"{Slug(analysis.Study.Id)}/{Slug(key)}.{code}");
            }
        }
    }

    /// <summary>An element id from parts: letters and digits kept, everything else turned into '-'.</summary>
    private static string Id(IEnumerable<string> parts) => string.Join("-", parts.Select(Slug));

    internal static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-');
        }
        return slug.ToString();
    }
}
