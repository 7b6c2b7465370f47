using SurveyFigures.Views;
using System.Globalization;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Pipeline;

namespace SurveyFigures.Report;

/// <summary>
/// The consistency findings of a study in plain words, from the library's results: the verdict counts, the untestable
/// figures and the flagged ones with the checker's reasons, the raking what-if where margins are declared, both readings of every nested figure (with study.json's
/// why), and the residual categories declared in study.json (with their why).
/// </summary>
internal static class ReportFindings
{
    public static void Write(HtmlWriter html, StudyAnalysis analysis)
    {
        Counts(html, analysis);
        var untestable = analysis.Checks.Where(c => c.Verdict == Verdict.Untestable).ToList();
        Checks(html, ReportText.Untestable, ReportText.NoUntestable, untestable, "untestable");
        var flagged = analysis.Checks.Where(c => Verdicts.IsFlagged(c.Verdict)).ToList();
        Checks(html, ReportText.Flagged, ReportText.NoFlagged, flagged, "flagged");
        ReportSources.Write(html, analysis);
        ReportRaking.Write(html, analysis);
        Readings(html, analysis);
        Residuals(html, analysis);
    }

    private static void Counts(HtmlWriter html, StudyAnalysis analysis)
    {
        var counts = Enum.GetValues<Verdict>()
            .Select(v => (Verdict: v, Count: analysis.Checks.Count(c => c.Verdict == v)))
            .Where(x => x.Count > 0)
            .ToList();
        html.Both("p", l => HtmlWriter.Escape(l == Language.Fr
            ? $"{Int(analysis.Checks.Count)} chiffres vérifiés en arithmétique exacte, arrondi « {Names.Rule(analysis.Results[0].Rule, l)} » : {string.Join(" ; ", counts.Select(x => Names.VerdictCount(x.Verdict, x.Count, l)))}."
            : $"{Int(analysis.Checks.Count)} figures checked in exact arithmetic, rounding \"{Names.Rule(analysis.Results[0].Rule, l)}\": {string.Join("; ", counts.Select(x => Names.VerdictCount(x.Verdict, x.Count, l)))}."),
            "verdict-counts").Line();
    }

    private static void Checks(HtmlWriter html, LocalizedText heading, LocalizedText none, IReadOnlyList<FigureCheck> checks, string cssClass)
    {
        html.Both("h4", heading).Line();
        if (checks.Count == 0)
        {
            html.Both("p", none).Line();
            return;
        }
        html.Open("ul", ("class", cssClass)).Line();
        foreach (var c in checks)
        {
            html.Open("li", ("data-finding", c.Figure.Id)).Element("code", c.Figure.Id).Raw(" ").Spans(c.Figure.Label)
                .Raw(" — ").Spans(l => ChartFormat.Printed(c.Figure, l)).Raw(" — ").Spans(l => ResultTerms.VerdictName(c.Verdict, l)).Raw(". ")
                .Open("span", ("lang", "en"), ("class", "reason")).Text(c.Reason).Close("span").Raw(" ")
                .Both("small", ReportText.ReasonsInEnglish).Close("li").Line();
        }
        html.Close("ul").Line();
    }

    private static void Readings(HtmlWriter html, StudyAnalysis analysis)
    {
        html.Both("h4", ReportText.Readings).Line();
        if (analysis.Readings.Count == 0)
        {
            html.Both("p", ReportText.NoReadings).Line();
            return;
        }
        foreach (var figure in analysis.Readings.Select(r => r.Figure).Distinct())
        {
            var parent = analysis.Study.Figure(figure.Parent!);
            html.Open("div", ("class", "reading"), ("data-reading", figure.Id)).Line();
            html.Open("p").Element("code", figure.Id).Raw(" ").Spans(figure.Label).Raw(" — ").Spans(l => ChartFormat.Printed(figure, l)).Raw(", ")
                .Spans(l => l == Language.Fr ? "dans" : "within").Raw(" ")
                .Element("code", parent.Id).Raw(" ").Spans(parent.Label).Raw(" — ").Spans(l => ChartFormat.Printed(parent, l)).Close("p").Line();
            if (analysis.Study.Metadata.Readings.FirstOrDefault(r => r.Figure == figure.Id) is { } choice)
            {
                html.Both("p", choice.Why, "why").Line();
            }
            html.Open("ul").Line();
            foreach (var outcome in analysis.Readings.Where(r => r.Figure == figure))
            {
                html.Open("li", ("class", outcome.Chosen ? "chosen" : "alternative")).Spans(l => Sentence(outcome, analysis, l)).Close("li").Line();
            }
            html.Close("ul").Close("div").Line();
        }
    }

    /// <summary>One reading in words: what the figure is a share of, whether it is the one chosen, the counts it allows and what they imply.</summary>
    private static string Sentence(ReadingOutcome r, StudyAnalysis analysis, Language language)
    {
        var fr = language == Language.Fr;
        var reading = (r.Reading == NestedDenominator.Base ? ReportText.ShareOfBase : ReportText.ShareOfParent).In(language);
        var status = (r.Chosen ? ReportText.Chosen : ReportText.Alternative).In(language);
        var verdict = ResultTerms.VerdictName(r.Verdict, language);
        if (r.Counts.IsEmpty)
        {
            return fr
                ? $"Lu comme {reading} ({status}) : aucun compte possible — {verdict}."
                : $"Read as a {reading} ({status}): no count is possible — {verdict}.";
        }
        var baseLabel = analysis.Study.Base(r.Figure.Base).Label.In(language);
        return fr
            ? $"Lu comme {reading} ({status}) : {r.Counts} répondants, soit {Numbers.RangeText(r.ShareOfBaseLow, r.ShareOfBaseHigh, 1, language)} de la base ({baseLabel}) et {Numbers.RangeText(r.ShareOfParentLow, r.ShareOfParentHigh, 1, language)} du chiffre parent — {verdict}."
            : $"Read as a {reading} ({status}): {r.Counts} respondents, that is {Numbers.RangeText(r.ShareOfBaseLow, r.ShareOfBaseHigh, 1, language)} of the base ({baseLabel}) and {Numbers.RangeText(r.ShareOfParentLow, r.ShareOfParentHigh, 1, language)} of the parent figure — {verdict}.";
    }

    private static void Residuals(HtmlWriter html, StudyAnalysis analysis)
    {
        html.Both("h4", ReportText.Residuals).Line();
        var residuals = analysis.Study.Metadata.Residuals;
        if (residuals.Count == 0)
        {
            html.Both("p", ReportText.NoResiduals).Line();
            return;
        }
        html.Open("ul", ("class", "residuals")).Line();
        foreach (var residual in residuals)
        {
            var figures = analysis.Study.Figures.Where(f => f.Column == residual.Column).ToList();
            var printed = new LocalizedText(string.Join(" + ", figures.Select(f => ChartFormat.Printed(f, Language.Fr))), string.Join(" + ", figures.Select(f => ChartFormat.Printed(f, Language.En))));
            html.Open("li", ("data-residual", residual.Column)).Element("code", residual.Column).Raw(" → ").Element("code", residual.Value).Raw(" ")
                .Spans(residual.Label).Raw(figures.Count > 0 ? " (" : "").Both("span", l => figures.Count > 0 ? HtmlWriter.Escape(printed.In(l)) : "").Raw(figures.Count > 0 ? ")" : "").Raw(": ").Spans(residual.Why).Close("li").Line();
        }
        html.Close("ul").Line();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
