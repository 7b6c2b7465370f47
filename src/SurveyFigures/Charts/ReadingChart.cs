using SurveyFigures.Views;
using Plotly.NET;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Pipeline;
using Figure = SurveyFigures.Data.Figure;
using static SurveyFigures.Charts.PlotlyObjects;

namespace SurveyFigures.Charts;

/// <summary>
/// What if an ambiguous nested figure ("88 %, dont 70 %") is read the other way: both readings side by side, each as
/// the share of everybody and the share of the parent it implies (the ranges every feasible count allows), the chosen
/// reading marked. Example: if the 70 % is of users, the share of everybody using the tools several times a day falls
/// to about 62 %.
/// </summary>
internal static class ReadingChart
{
    public const string KeyPrefix = "reading:";

    public static GenericChart Build(StudyAnalysis analysis, Figure figure, Language language)
    {
        var outcomes = analysis.Readings.Where(r => r.Figure.Id == figure.Id).ToList();
        if (outcomes.Count == 0)
        {
            throw new ArgumentException($"Figure '{figure.Id}' has no readings to compare.", nameof(figure));
        }
        var parent = analysis.Study.Figure(figure.Parent!);
        var rows = new[]
        {
            PlotlyText.Escape(language == Language.Fr ? $"part de l'ensemble ({analysis.Study.Base(figure.Base).Label.In(language)})" : $"share of everybody ({analysis.Study.Base(figure.Base).Label.In(language)})"),
            PlotlyText.Escape(language == Language.Fr ? $"part du chiffre parent ({parent.Label.In(language)})" : $"share of the parent figure ({parent.Label.In(language)})"),
        };
        var traces = outcomes.Select((o, i) => Trace("bar",
            ("name", PlotlyText.Escape(Name(o, language))),
            ("legendgroup", NestedDenominators.Name(o.Reading)),
            ("orientation", "h"),
            ("y", rows),
            ("x", new[] { Mid(o.ShareOfBaseLow, o.ShareOfBaseHigh), Mid(o.ShareOfParentLow, o.ShareOfParentHigh) }),
            ("error_x", Obj(("type", "data"), ("symmetric", false),
                ("array", new[] { Half(o.ShareOfBaseLow, o.ShareOfBaseHigh), Half(o.ShareOfParentLow, o.ShareOfParentHigh) }),
                ("arrayminus", new[] { Half(o.ShareOfBaseLow, o.ShareOfBaseHigh), Half(o.ShareOfParentLow, o.ShareOfParentHigh) }),
                ("color", Palette.Recomputed))),
            ("text", new[] { Range(o.ShareOfBaseLow, o.ShareOfBaseHigh, language), Range(o.ShareOfParentLow, o.ShareOfParentHigh, language) }),
            ("textposition", "outside"),
            ("cliponaxis", false),
            ("hovertext", new[] { Hover(o, language), Hover(o, language) }),
            ("hoverinfo", "text"),
            ("marker", Obj(("color", o.Chosen ? Palette.Published : Palette.Reading), ("pattern", Obj(("shape", o.Chosen ? "" : "/"), ("fgcolor", "#FFFFFF"))))))).ToList();
        var footer = ChartFooter.Lines(analysis.Study.Metadata, language, [figure, parent]);
        var layout = ChartLayout.Build(Title(analysis, figure, language), footer, ChartLayout.Height(4, footer.Count),
            [("xaxis", ChartLayout.ShareAxis(language)), ("yaxis", ChartLayout.CategoryAxis(rows))], barMode: "group");
        return Chart(traces, layout);
    }

    public static ChartTitle Title(StudyAnalysis analysis, Figure figure, Language language) => new(
        ChartTitles.Main(analysis.Study.Metadata, language == Language.Fr ? $"{figure.Label.In(language)} : les deux lectures" : $"{figure.Label.In(language)}: both readings", language),
        $"{ChartFormat.Printed(figure, language)} — {(language == Language.Fr ? "ce que chaque lecture implique" : "what each reading implies")}");

    private static string Name(ReadingOutcome o, Language language)
    {
        var reading = o.Reading == NestedDenominator.Base
            ? language == Language.Fr ? "lu comme une part de l'ensemble" : "read as a share of everybody"
            : language == Language.Fr ? "lu comme une part du parent" : "read as a share of the parent";
        var status = o.Chosen ? language == Language.Fr ? " (lecture retenue)" : " (chosen)" : "";
        return reading + status;
    }

    private static string Hover(ReadingOutcome o, Language language) =>
        $"{PlotlyText.Escape(Name(o, language))}<br>{(language == Language.Fr ? "comptes possibles" : "possible counts")}: {o.Counts}<br>{ResultTerms.VerdictName(o.Verdict, language)}";

    private static double Mid(decimal low, decimal high) => ChartFormat.Coordinate((double)(low + high) / 2);

    private static double Half(decimal low, decimal high) => ChartFormat.Coordinate((double)(high - low) / 2);

    private static string Range(decimal low, decimal high, Language language) => low == high
        ? Numbers.PercentText(low, 1, language)
        : Numbers.RangeText(low, high, 1, language);
}
