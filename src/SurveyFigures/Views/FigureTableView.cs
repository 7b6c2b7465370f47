using System.Globalization;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Views;

/// <summary>One column of the figures table: its key (a CSS class, a test's handle) and its heading in both languages.</summary>
internal sealed record FigureColumn(string Key, LocalizedText Heading);

/// <summary>
/// The figures table, built once for every view that shows it (notebook tables, the report, the console): its columns
/// with their headings in one fr/en vocabulary, and each figure's cells as text in the view's language. Renderers
/// only lay the cells out; none words or formats a value itself.
/// </summary>
internal static class FigureTableView
{
    public static readonly IReadOnlyList<FigureColumn> Columns =
    [
        new("id", new("id", "id")),
        new("label", new("libellé", "label")),
        new("printed", new("publié", "printed")),
        new("base", new("base (n)", "base (n)")),
        new("count", new("compte", "count")),
        new("share", new("part recalculée", "computed share")),
        new("alone", new("comptes possibles, seul", "counts it allows alone")),
        new("joint", new("comptes possibles, avec les autres", "counts given the others")),
        new("interval", new("intervalle", "interval")),
        new("verdict", new("verdict", "verdict")),
        new("reproduces", new("reproduit", "reproduces")),
    ];

    public static IReadOnlyList<string> Headings(Language language) => Columns.Select(c => c.Heading.In(language)).ToList();

    /// <summary>Where a column sits in <see cref="Columns"/> and in every row of <see cref="Cells"/>.</summary>
    public static int IndexOf(string key) => Columns.Select((c, i) => (c.Key, i)).First(c => c.Key == key).i;

    /// <summary>A figure's cells, in the order of <see cref="Columns"/>.</summary>
    public static IReadOnlyList<string> Cells(Study study, FigureResult r, Language language) =>
    [
        r.Figure.Id,
        r.Figure.Label.In(language),
        Numbers.Printed(r.Figure.Primary, language),
        r.Weighted is { } w
            ? $"{study.Base(r.Figure.Base).Label.In(language)} (n = {BaseSizeText.Size(study, r, language)}; {WeightedTerms.Size(w, language)})"
            : $"{study.Base(r.Figure.Base).Label.In(language)} (n = {BaseSizeText.Size(study, r, language)})",
        r.Count.ToString(CultureInfo.InvariantCulture),
        r.Weighted is { } weighted ? WeightedTerms.Share(weighted, r.ComputedPercent, language) : Numbers.Share(r, language),
        Range(r.Feasible),
        Range(r.Check.Joint),
        Numbers.IntervalText(r.Interval, language),
        ResultTerms.VerdictName(r.Verdict, language),
        r.Weighted is { } ws ? WeightedTerms.Reproduces(r, ws, language)
            : r.MatchesPrinted ? (language == Language.Fr ? "oui" : "yes") : (language == Language.Fr ? "NON" : "NO"),
    ];

    /// <summary>A range of counts as every view shows it: "238–241", "200", or "—" when there is none.</summary>
    public static string Range(Consistency.CountRange range) => range.IsEmpty ? "—" : range.ToString();
}
