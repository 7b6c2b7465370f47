namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// What the analysis library offers notebooks, in plain .NET types only. The library implements it
/// inside its private load context; the facade holds it through this interface, which both sides share
/// because the context hands back the facade's own assembly for this name.
/// </summary>
public interface ISurveyBackend
{
    /// <summary>Every study under data/studies, in folder order.</summary>
    IReadOnlyList<StudySummary> Studies(string language);

    /// <summary>Every figure of a study (or of one question group), recomputed, with its interval and verdict.</summary>
    FigureTable Figures(string studyId, string? question, string language);

    /// <summary>The consistency verdicts with their reasons in words.</summary>
    TextTable Checks(string studyId, string language);

    /// <summary>Both readings of every ambiguous nested figure, side by side.</summary>
    TextTable Readings(string studyId, string language);

    /// <summary>Every figure printed by more than one source, version by version, with addresses and agreement.</summary>
    TextTable Sources(string studyId, string language);

    /// <summary>What the synthetic reconstruction assumes, and how to swap in real microdata.</summary>
    TextTable Reconstruction(string studyId, string language);

    /// <summary>The charts of a study, one per question group plus composition, overview and consistency.</summary>
    IReadOnlyList<ChartView> Charts(string studyId, string language);

    /// <summary>One chart of a study by its key (e.g. "question:usage", "composition", "overview", "consistency").</summary>
    ChartView Chart(string studyId, string key, string language);

    /// <summary>Where the studies touch the same theme, as different questions to different populations.</summary>
    ChartView CrossStudy(string language);

    /// <summary>The chart of items two editions of a barometer both touch (data/editions.csv).</summary>
    ChartView Editions(string language);

    /// <summary>The plotly.js library text the charts draw with (shipped inside Plotly.NET), for offline pages.</summary>
    string PlotlyJavaScript();
}
