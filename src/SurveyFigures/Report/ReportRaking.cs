using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Views;

namespace SurveyFigures.Report;

/// <summary>
/// The raking what-if of a study that declares population margins (<see cref="RakingWhatIfView"/>, laid out as a
/// table in both languages); nothing at all for a study without margins, so their report stays as it was.
/// </summary>
internal static class ReportRaking
{
    public static void Write(HtmlWriter html, StudyAnalysis analysis)
    {
        if (PopulationMargins.Of(analysis.Study).Count == 0)
        {
            return;
        }
        var whatIf = RakingWhatIf.For(analysis.Study, analysis.Respondents);
        var rows = Enum.GetValues<Language>().ToDictionary(l => l, l => RakingWhatIfView.Rows(whatIf, l));
        html.Both("h4", RakingWhatIfView.Title).Line();
        html.Open("table", ("class", "raking-what-if"), ("data-study-id", analysis.Study.Id)).Line();
        html.Open("thead").Open("tr");
        foreach (var heading in RakingWhatIfView.Headings)
        {
            html.Open("th").Spans(heading).Close("th");
        }
        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        for (var r = 0; r < whatIf.Figures.Count; r++)
        {
            html.Open("tr", ("data-figure-id", whatIf.Figures[r].Figure.Id));
            for (var c = 0; c < RakingWhatIfView.Headings.Count; c++)
            {
                var (row, column) = (r, c);
                html.Open("td", ("class", column >= 2 ? "num" : null)).Spans(l => rows[l][row][column]).Close("td");
            }
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
        html.Both("p", l => HtmlWriter.Escape(RakingWhatIfView.Note(whatIf, l)), "note").Line();
    }
}
