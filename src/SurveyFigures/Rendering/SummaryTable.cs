using SurveyFigures.Pipeline;
using System.Globalization;
using System.Text;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Recomputation;
using SurveyFigures.Views;

namespace SurveyFigures.Rendering;

/// <summary>The plain-text table the main job prints: one line per figure, aligned columns.</summary>
internal static class SummaryTable
{
    public static string Format(StudyAnalysis analysis)
    {
        // The figures table's own columns and cells (Views.FigureTableView), without the labels, which the ids stand for here.
        var keys = new[] { "id", "printed", "base", "count", "share", "alone", "joint", "interval", "reproduces", "verdict" };
        var index = keys.Select(FigureTableView.IndexOf).ToArray();
        var rows = new List<string[]> { index.Select(i => FigureTableView.Columns[i].Heading.En).ToArray() };
        foreach (var r in analysis.Results)
        {
            var cells = FigureTableView.Cells(analysis.Study, r, Language.En);
            rows.Add(index.Select(i => cells[i]).ToArray());
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        var meta = analysis.Study.Metadata;
        text.AppendLine(CultureInfo.InvariantCulture, $"{meta.Title.En} — n = {Formatting.Numbers.SampleSize(meta.Sample, Language.En)}");
        text.AppendLine(meta.Respondents.Synthetic
            ? "Respondent rows: SYNTHETIC reconstruction (not the survey's data)."
            : "Respondent rows: real microdata.");
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c is >= 3 and <= 4 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
        return text.ToString();
    }

}
