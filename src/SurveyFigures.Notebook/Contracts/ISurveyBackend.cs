namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// What the analysis library offers notebooks, in plain .NET types only. The library implements it
/// inside its private load context; the facade holds it through this interface, which both sides share
/// because the context hands back the facade's own assembly for this name. Every view takes the reader's
/// <see cref="ViewOptions"/>; the library checks them and names the valid values when one is wrong.
/// </summary>
public interface ISurveyBackend
{
    /// <summary>
    /// The options with names in their canonical spelling (names are case-insensitive), or an ArgumentException whose
    /// parameter is the facade's argument (rule, interval, level, language; studyId, figureId, reading for a reading)
    /// and whose message lists the valid values.
    /// </summary>
    ViewOptions Check(ViewOptions options);

    /// <summary>Every study under data/studies, in folder order.</summary>
    IReadOnlyList<StudySummary> Studies(ViewOptions options);

    /// <summary>Every figure of a study (or of one question group), recomputed, with its interval and verdict.</summary>
    FigureTable Figures(string studyId, string? question, ViewOptions options);

    /// <summary>The consistency verdicts with their reasons in words.</summary>
    TextTable Checks(string studyId, ViewOptions options);

    /// <summary>Both readings of every ambiguous nested figure, side by side.</summary>
    TextTable Readings(string studyId, ViewOptions options);

    /// <summary>Every figure printed by more than one source, version by version, with addresses and agreement.</summary>
    TextTable Sources(string studyId, ViewOptions options);

    /// <summary>What the synthetic reconstruction assumes, and how to swap in real microdata.</summary>
    TextTable Reconstruction(string studyId, ViewOptions options);

    /// <summary>The charts of a study, one per question group plus composition, overview and consistency.</summary>
    IReadOnlyList<ChartView> Charts(string studyId, ViewOptions options);

    /// <summary>One chart of a study by its key (e.g. "question:usage", "composition", "overview", "consistency").</summary>
    ChartView Chart(string studyId, string key, ViewOptions options);

    /// <summary>The chart comparing figures of different studies that touch the same theme.</summary>
    ChartView CrossStudy(ViewOptions options);

    /// <summary>The chart of items two editions of a barometer both touch (data/editions.csv).</summary>
    ChartView Editions(ViewOptions options);

    /// <summary>Both readings of an ambiguous nested figure on one chart, with what each implies.</summary>
    ChartView ReadingWhatIf(string studyId, string figureId, ViewOptions options);

    /// <summary>How far the sample size could move before a figure's verdict changes, and which rounding rules keep it.</summary>
    TextTable Sensitivity(string studyId, string figureId, ViewOptions options);

    /// <summary>
    /// How each figure would move if the sample matched the study's declared population margins (raking): printed,
    /// unweighted and raked shares with n_eff; no rows, and a note saying so, when the study declares no margins.
    /// </summary>
    TextTable RakingWhatIf(string studyId, ViewOptions options);

    /// <summary>The first respondent rows, with the synthetic-data caveat while they are synthetic.</summary>
    TextTable RowsHead(string studyId, int count, ViewOptions options);

    /// <summary>Each respondent column's values with their counts and shares.</summary>
    TextTable RowsSummary(string studyId, ViewOptions options);

    /// <summary>A cross-tabulation of two respondent columns (counts).</summary>
    TextTable RowsCrossTab(string studyId, string rowColumn, string columnColumn, ViewOptions options);

    /// <summary>The script element that defines window.Plotly (plotly.js inlined).</summary>
    string PlotlyJavaScript();
}
