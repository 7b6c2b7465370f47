using System.Globalization;
using System.Text;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Pipeline;

/// <summary>The plain-text table the main job prints: one line per figure, aligned columns.</summary>
public static class SummaryTable
{
    public static string Format(StudyAnalysis analysis)
    {
        var rows = new List<string[]> { new[] { "id", "printed", "n", "count", "computed %", "feasible", "95% CI", "match", "verdict" } };
        foreach (var r in analysis.Results)
        {
            rows.Add([
                r.Figure.Id, r.Figure.PrintedDisplay, BaseSizeText.Size(analysis.Study, r, Language.En), Int(r.Count),
                Numbers.ShareNumber(r, Language.En), r.Feasible.ToString(),
                Numbers.Interval(r.Interval, Language.En), r.MatchesPrinted ? "yes" : "NO", Verdicts.Name(r.Verdict),
            ]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        var meta = analysis.Study.Metadata;
        text.AppendLine(CultureInfo.InvariantCulture, $"{meta.Title.En} — n = {meta.SampleSize}");
        text.AppendLine(meta.Respondents.Synthetic
            ? "Respondent rows: SYNTHETIC reconstruction (not the survey's data)."
            : "Respondent rows: real microdata.");
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c is >= 2 and <= 4 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
        return text.ToString();
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
