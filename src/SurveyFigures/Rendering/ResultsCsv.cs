using SurveyFigures.Recomputation;
using System.Globalization;
using CsvHelper;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Io;
using SurveyFigures.Pipeline;
using SurveyFigures.Statistics;

namespace SurveyFigures.Rendering;

/// <summary>Writes the computed results as CSV: percentages from 0 to 100 with a dot, UTF-8, "\n", atomically.</summary>
internal static class ResultsCsv
{
    /// <summary>Writes every result of every study, in study then ledger order.</summary>
    public static void Write(IEnumerable<StudyAnalysis> analyses, string path)
    {
        var all = analyses.ToList();
        var weighted = all.Any(a => a.Results.Any(r => r.Weighted is not null));
        AtomicFile.Write(path, stream =>
        {
            using var writer = CsvWriter.Create(stream, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
            writer.WriteHeader(weighted ? [.. ResultColumns.All, .. ResultColumns.Weighted] : [.. ResultColumns.All]);
            foreach (var analysis in all)
            {
                foreach (var r in analysis.Results)
                {
                    writer.WriteSafeRecord(weighted ? [.. Fields(analysis.Study, r), .. WeightedFields(r)] : Fields(analysis.Study, r));
                }
            }
        });
    }

    /// <summary>The <see cref="ResultColumns.Weighted"/> fields: "no" and empty for a row each respondent counts once in.</summary>
    public static string[] WeightedFields(FigureResult r) => r.Weighted is { } w
        ?
        [
            "yes",
            Numbers.Csv(w.UnweightedPercent),
            w.KishEffectiveSize.ToString("0.######", CultureInfo.InvariantCulture),
            double.IsFinite(w.DesignEffect) ? w.DesignEffect.ToString("0.######", CultureInfo.InvariantCulture) : "",
        ]
        : ["no", "", "", ""];

    public static string[] Fields(Study study, FigureResult r) =>
    [
        r.StudyId,
        r.Figure.Id,
        r.Figure.Printed,
        r.Figure.Base,
        Int(r.BaseN),
        Int(r.Count),
        Numbers.Csv(r.ComputedPercent),
        r.Feasible.IsEmpty ? "" : Int(r.Feasible.Min),
        r.Feasible.IsEmpty ? "" : Int(r.Feasible.Max),
        r.Check.Joint.IsEmpty ? "" : Int(r.Check.Joint.Min),
        r.Check.Joint.IsEmpty ? "" : Int(r.Check.Joint.Max),
        string.Join(" ", r.Check.ContradictedBy),
        r.Weighted is { } w ? WeightedInterval.MethodName(w.Method) : ProportionInterval.MethodName(r.IntervalMethod),
        r.IntervalLevel.ToString("0.###", CultureInfo.InvariantCulture),
        Numbers.Csv(Numbers.Percent(r.Interval.Low)),
        Numbers.Csv(Numbers.Percent(r.Interval.High)),
        Verdicts.Name(r.Verdict),
        r.MatchesPrinted ? "yes" : "no",
        string.Join("; ", r.Figure.Sources),
        string.Join(" ", study.SourcesOf(r.Figure.Primary).Select(s => s.Address)),
    ];

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

}
