using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Pipeline;
using SurveyFigures.Views;

namespace SurveyFigures.Report;

/// <summary>
/// The "sources" view of a study: every figure printed by more than one source, version by version, with the source's
/// address and section, the note on its wording, and whether it agrees with the version the reconstruction follows.
/// </summary>
internal static class ReportSources
{
    public static void Write(HtmlWriter html, StudyAnalysis analysis)
    {
        html.Both("h4", SourcesView.Title).Line();
        var rows = SourceVersions.Of(analysis);
        if (rows.Count == 0)
        {
            html.Both("p", SourcesView.OneSourceOnly).Line();
            return;
        }
        html.Open("table", ("class", "sources-view"), ("data-study-id", analysis.Study.Id)).Line();
        html.Open("thead").Open("tr");
        foreach (var heading in SourcesView.Headings)
        {
            html.Open("th").Spans(heading).Close("th");
        }
        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var row in rows)
        {
            var disagrees = !row.AgreesWithFollowed;
            html.Open("tr", ("data-figure-id", row.Figure.Id), ("class", disagrees ? "disagrees" : row.Followed ? "followed" : null));
            html.Open("td").Element("code", row.Figure.Id).Raw(" ").Spans(row.Figure.Label).Close("td");
            html.Open("td", ("class", "num")).Spans(l => Numbers.Printed(row.Version, l)).Close("td");
            html.Open("td");
            foreach (var locator in row.Version.Sources)
            {
                var source = analysis.Study.Source(locator.Document);
                html.Open("span", ("class", "locator")).Text($"{source.Publisher} — ").Link(source.TitleIn(Language.En), source.Address)
                    .Text($", {source.Sections[locator.Section]}").Close("span").Raw("<br>");
            }
            html.Close("td");
            html.Element("td", row.Version.Note.Length == 0 ? "—" : row.Version.Note, ("lang", "en"));
            html.Open("td").Spans(SourcesView.Standing(row)).Close("td");
            html.Open("td", ("class", row.Reproduced ? "reproduces" : "reproduces mismatch")).Spans(SourcesView.GivenBack(row)).Close("td");
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
    }
}
