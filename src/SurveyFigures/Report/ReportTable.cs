using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Views;

namespace SurveyFigures.Report;

/// <summary>
/// Every ledger figure of a study in one row (<c>tr[data-figure-id]</c>), grouped by question under a heading with the
/// question's label from study.json: id, label, printed value, base and its n, count, computed share, feasible counts,
/// interval, verdict and whether the respondent rows reproduce it.
/// </summary>
internal static class ReportTable
{
    public const string FigureIdAttribute = "data-figure-id";

    public static void Write(HtmlWriter html, StudyAnalysis analysis)
    {
        var study = analysis.Study;
        if (analysis.Mismatches.Count > 0)
        {
            // As prominent as the console's "NO": a warning above the table, naming every figure the rows do not give back.
            html.Open("div", ("class", "warning mismatch"), ("role", "alert")).Open("p").Spans(ReportText.NotReproduced).Close("p").Open("ul");
            foreach (var m in analysis.Mismatches)
            {
                html.Open("li").Element("code", m.Figure.Id).Raw(" ").Spans(l => $"{ChartFormat.Printed(m.Figure, l)} → {Numbers.Share(m, l)}").Close("li");
            }
            html.Close("ul").Close("div").Line();
        }
        var questions = analysis.Results.Select(r => r.Figure.Question).Distinct(StringComparer.Ordinal).ToList();
        foreach (var question in questions)
        {
            var results = analysis.Results.Where(r => r.Figure.Question == question).ToList();
            html.Open("h4", ("class", "question"), ("id", ReportCharts.Slug($"q-{study.Id}-{question}")))
                .Spans(study.QuestionLabel(question)).Raw(" ").Element("code", question).Close("h4").Line();
            html.Open("table", ("class", "figures")).Line().Open("thead").Open("tr");
            var first = results[0];
            foreach (var column in FigureTableView.Columns)
            {
                html.Open("th").Spans(column.Heading);
                if (column.Key == "interval")
                {
                    html.Raw(" ").Spans(l => $"({WeightedTerms.MethodName(first, l)} {Numbers.PercentText((decimal)first.IntervalLevel * 100, 0, l)})");
                }
                html.Close("th");
            }
            html.Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var r in results)
            {
                Row(html, study, r);
            }
            html.Close("tbody").Close("table").Line();
        }
    }

    /// <summary>One figure's row: the cells of the one figures-table view, in both languages, with the report's classes.</summary>
    private static void Row(HtmlWriter html, Study study, FigureResult r)
    {
        var f = r.Figure;
        var verdict = Verdicts.Name(r.Verdict);
        var fr = FigureTableView.Cells(study, r, Language.Fr);
        var en = FigureTableView.Cells(study, r, Language.En);
        string Cell(string key, Language language) => (language == Language.Fr ? fr : en)[FigureTableView.IndexOf(key)];
        html.Open("tr", (FigureIdAttribute, f.Id), ("data-study-id", study.Id), ("class", verdict));
        html.Open("td").Element("code", f.Id).Close("td");
        html.Open("td").Spans(f.Label).Close("td");
        html.Open("td", ("class", "num")).Spans(l => Cell("printed", l), "printed").Close("td");
        html.Open("td").Spans(study.Base(f.Base).Label).Raw(" ")
            .Spans(l => $"(n = {BaseSizeText.Size(study, r, l)})", BaseSizeText.IsAssumed(study, r) ? "assumed-size" : null).Close("td");
        html.Element("td", Cell("count", Language.En), ("class", "num"));
        html.Open("td", ("class", "num")).Spans(l => Cell("share", l), "share").Close("td");
        html.Element("td", Cell("alone", Language.En), ("class", "num"));
        html.Element("td", Cell("joint", Language.En), ("class", "num joint"));
        html.Open("td", ("class", "num")).Spans(l => Cell("interval", l), "interval").Close("td");
        html.Open("td", ("class", "verdict"), ("title", r.Check.Reason.Length == 0 ? null : r.Check.Reason))
            .Spans(l => Cell("verdict", l)).Close("td");
        html.Open("td", ("class", r.MatchesPrinted ? "reproduces" : "reproduces mismatch")).Spans(l => Cell("reproduces", l)).Close("td");
        html.Close("tr").Line();
    }


}
