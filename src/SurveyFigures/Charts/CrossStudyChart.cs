using Plotly.NET;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using static SurveyFigures.Charts.PlotlyObjects;

namespace SurveyFigures.Charts;

/// <summary>
/// Where the studies touch the same theme (from data/cross-study-themes.csv): horizontal bars grouped by theme
/// (a two-level category axis: theme, then figure), one colour and one trace per study (legendgroup = study id),
/// the published figure as the bar. A note under the plot says these are different questions put to different
/// populations, naming each population and its n.
/// </summary>
internal static class CrossStudyChart
{
    public static GenericChart Build(IReadOnlyList<CrossStudyTheme> themes, IReadOnlyList<StudyAnalysis> analyses, Language language)
    {
        var studies = Studies(themes, analyses);
        var traces = studies.Select((analysis, i) => StudyTrace(themes, analysis, i, language)).ToList();
        var metadata = studies.Select(a => a.Study.Metadata).ToList();
        var drawn = themes.SelectMany(t => t.Figures).Select(f => studies.First(a => a.Study.Id == f.Study).Study.Figure(f.Figure));
        var footer = ChartFooter.Lines(metadata, language, drawn);
        var note = ChartLayout.WrapNote(ChartText.DifferentPopulations(language, metadata.Select(m =>
            $"{ChartFormat.Decapitalize(m.Population.In(language))} ({m.ShortTitle.In(language)}, n = {m.Sample})")));
        var rows = themes.Sum(t => t.Figures.Count);
        var layout = ChartLayout.Build(Title(themes, analyses, language), footer, ChartLayout.Height(rows + themes.Count, footer.Count + note.Count),
        [
            ("xaxis", ChartLayout.ShareAxis(language)),
            ("yaxis", Obj(("type", "multicategory"), ("autorange", "reversed"), ("automargin", true))),
        ], note: note, extraLabelChars: LabelChars(themes, studies, language));
        return Chart(traces, layout);
    }

    public static ChartTitle Title(IReadOnlyList<CrossStudyTheme> themes, IReadOnlyList<StudyAnalysis> analyses, Language language)
    {
        var studies = Studies(themes, analyses).Select(a => a.Study.Metadata).ToList();
        return new ChartTitle(
            $"{string.Join(" · ", studies.Select(s => s.ShortTitle.In(language)))} — {ChartText.CrossStudy.In(language)}",
            ChartTitles.StudySizes(studies, language));
    }

    /// <summary>The widest label of each level of the two-level axis (theme, then figure) side by side, plus room for plotly's gap between them.</summary>
    private static int LabelChars(IReadOnlyList<CrossStudyTheme> themes, IReadOnlyList<StudyAnalysis> studies, Language language) =>
        themes.Max(t => t.Label.In(language).Length)
        + themes.SelectMany(t => t.Figures).Max(f => studies.First(a => a.Study.Id == f.Study).Study.Figure(f.Figure).Label.In(language).Length)
        + 4;

    /// <summary>The analyses the themes draw on, in order of first mention; fails if one is missing.</summary>
    private static IReadOnlyList<StudyAnalysis> Studies(IReadOnlyList<CrossStudyTheme> themes, IReadOnlyList<StudyAnalysis> analyses)
    {
        if (themes.Count == 0)
        {
            throw new ArgumentException("No cross-study theme to draw.", nameof(themes));
        }
        return themes.SelectMany(t => t.Studies).Distinct(StringComparer.Ordinal)
            .Select(id => analyses.FirstOrDefault(a => a.Study.Id == id) ?? throw new ArgumentException(
                $"The themes name study '{id}', but no analysis of it was given (given: {string.Join(", ", analyses.Select(a => a.Study.Id))}).", nameof(analyses)))
            .ToList();
    }

    private static Trace2D StudyTrace(IReadOnlyList<CrossStudyTheme> themes, StudyAnalysis analysis, int index, Language language)
    {
        var meta = analysis.Study.Metadata;
        var rows = themes.SelectMany(t => t.Figures.Where(f => f.Study == analysis.Study.Id).Select(f => (Theme: t, Entry: f, Result: Result(analysis, f.Figure)))).ToList();
        return Trace("bar",
            ("name", PlotlyText.Escape($"{meta.ShortTitle.In(language)} (n = {meta.Sample})")),
            ("legendgroup", analysis.Study.Id),
            ("orientation", "h"),
            ("x", rows.Select(r => ChartValues.Shown(r.Result)).ToArray()),
            ("y", new[] { rows.Select(r => PlotlyText.Escape(r.Theme.Label.In(language))).ToArray(), rows.Select(r => PlotlyText.Escape(r.Result.Figure.Label.In(language))).ToArray() }),
            ("text", rows.Select(r => ChartFormat.Printed(r.Result.Figure, language)).ToArray()),
            ("textposition", "outside"),
            ("cliponaxis", false),
            ("hovertext", rows.Select(r => $"{PlotlyText.Escape(meta.ShortTitle.In(language))}<br>{FigureTraces.Hover(r.Result, language)}<br><i>{PlotlyText.Escape(r.Entry.Note.In(language))}</i>").ToArray()),
            ("hoverinfo", "text"),
            ("marker", Obj(
                ("color", Palette.ForSeries(index)),
                ("pattern", Obj(("shape", rows.Select(r => ChartValues.IsReading(r.Result.Figure) ? "/" : "").ToArray()), ("fgcolor", "#FFFFFF"))))));
    }

    private static FigureResult Result(StudyAnalysis analysis, string figure) =>
        analysis.Results.FirstOrDefault(r => r.Figure.Id == figure)
        ?? throw new ArgumentException($"Study '{analysis.Study.Id}' has no result for figure '{figure}'.", nameof(analysis));
}
