using Plotly.NET;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using static SurveyFigures.Charts.PlotlyObjects;

namespace SurveyFigures.Charts;

/// <summary>
/// Items that two editions of a barometer both touch (data/editions.csv): one row per pair, one marker per edition
/// (colour and symbol per study), and each row's label saying how comparable the pair is. A line joins the two
/// markers only where the data declare the same question: nothing else is drawn as a trend.
/// </summary>
internal static class EditionsChart
{
    public const string Key = "editions";

    public static GenericChart Build(IReadOnlyList<EditionPair> pairs, IReadOnlyList<StudyAnalysis> analyses, Language language)
    {
        if (pairs.Count == 0)
        {
            throw new ArgumentException("No pair of editions to draw.", nameof(pairs));
        }
        var studies = Studies(pairs, analyses);
        var labels = pairs.Select(p => RowLabel(p, language)).ToList();
        var traces = new List<Trace>();
        foreach (var pair in pairs.Where(p => p.IsTrend))
        {
            traces.Add(Trace("scatter", ("mode", "lines"), ("showlegend", false), ("hoverinfo", "skip"), ("legendgroup", "trend"),
                ("x", new[] { Shown(analyses, pair.EarlierStudy, pair.EarlierFigure), Shown(analyses, pair.LaterStudy, pair.LaterFigure) }),
                ("y", new[] { RowLabel(pair, language), RowLabel(pair, language) }),
                ("line", Obj(("color", Palette.Published), ("width", 2)))));
        }
        traces.AddRange(studies.Select((analysis, i) => StudyTrace(pairs, analysis, i, language)));
        var metadata = studies.Select(a => a.Study.Metadata).ToList();
        var drawn = pairs.SelectMany(p => new[] { Figure(analyses, p.EarlierStudy, p.EarlierFigure), Figure(analyses, p.LaterStudy, p.LaterFigure) });
        var footer = ChartFooter.Lines(metadata, language, drawn);
        var note = ChartLayout.WrapNote(language == Language.Fr
            ? "Un trait relie deux éditions seulement quand les données déclarent la même question posée à la même population ; sinon les valeurs sont juxtaposées, pas comparées."
            : "A line joins two editions only where the data declare the same question put to the same population; otherwise the values sit side by side and are not compared.");
        var layout = ChartLayout.Build(Title(pairs, analyses, language), footer, ChartLayout.Height(pairs.Count * 3, footer.Count + note.Count),
            [("xaxis", ChartLayout.ShareAxis(language)), ("yaxis", ChartLayout.CategoryAxis(labels))], note: note);
        return Chart(traces, layout);
    }

    public static ChartTitle Title(IReadOnlyList<EditionPair> pairs, IReadOnlyList<StudyAnalysis> analyses, Language language)
    {
        var studies = Studies(pairs, analyses).Select(a => a.Study.Metadata).ToList();
        return new ChartTitle(
            $"{string.Join(" · ", studies.Select(s => s.ShortTitle.In(language)))} — {(language == Language.Fr ? "d'une édition à l'autre" : "from one edition to the next")}",
            ChartTitles.StudySizes(studies, language));
    }

    /// <summary>"Training tools — reworded question: not a trend": the comparability is part of the row's name.</summary>
    public static string RowLabel(EditionPair pair, Language language) =>
        PlotlyText.Escape($"{pair.Label.In(language)} — {EditionColumns.Describe(pair.Comparability, language)}");

    private static Trace2D StudyTrace(IReadOnlyList<EditionPair> pairs, StudyAnalysis analysis, int index, Language language)
    {
        var meta = analysis.Study.Metadata;
        var rows = pairs.Select(p => (Pair: p, Figure: p.EarlierStudy == analysis.Study.Id ? p.EarlierFigure : p.LaterStudy == analysis.Study.Id ? p.LaterFigure : null))
            .Where(r => r.Figure is not null)
            .Select(r => (r.Pair, Result: analysis.Results.Single(x => x.Figure.Id == r.Figure)))
            .ToList();
        return Trace("scatter",
            ("name", PlotlyText.Escape($"{meta.ShortTitle.In(language)} (n = {meta.Sample})")),
            ("legendgroup", analysis.Study.Id),
            ("mode", "markers+text"),
            ("x", rows.Select(r => ChartValues.Shown(r.Result)).ToArray()),
            ("y", rows.Select(r => RowLabel(r.Pair, language)).ToArray()),
            ("text", rows.Select(r => ChartFormat.Printed(r.Result.Figure, language)).ToArray()),
            ("textposition", index == 0 ? "top center" : "bottom center"),
            ("cliponaxis", false),
            ("hovertext", rows.Select(r => $"{PlotlyText.Escape(meta.ShortTitle.In(language))}<br>{FigureTraces.Hover(r.Result, language)}<br><i>{PlotlyText.Escape(r.Pair.Note.In(language))}</i>").ToArray()),
            ("hoverinfo", "text"),
            ("marker", Obj(("color", Palette.ForSeries(index)), ("size", 12), ("symbol", index == 0 ? "circle" : "diamond"))));
    }

    private static IReadOnlyList<StudyAnalysis> Studies(IReadOnlyList<EditionPair> pairs, IReadOnlyList<StudyAnalysis> analyses) =>
        pairs.SelectMany(p => new[] { p.EarlierStudy, p.LaterStudy }).Distinct(StringComparer.Ordinal)
            .Select(id => analyses.FirstOrDefault(a => a.Study.Id == id) ?? throw new ArgumentException(
                $"The pairs name study '{id}', but no analysis of it was given (given: {string.Join(", ", analyses.Select(a => a.Study.Id))}).", nameof(analyses)))
            .ToList();

    private static Data.Figure Figure(IReadOnlyList<StudyAnalysis> analyses, string study, string figure) =>
        analyses.Single(a => a.Study.Id == study).Study.Figure(figure);

    private static double Shown(IReadOnlyList<StudyAnalysis> analyses, string study, string figure) =>
        ChartValues.Shown(analyses.Single(a => a.Study.Id == study).Results.Single(r => r.Figure.Id == figure));
}
