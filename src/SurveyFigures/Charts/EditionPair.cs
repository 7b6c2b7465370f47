using SurveyFigures.Data;

namespace SurveyFigures.Charts;

/// <summary>How far a figure of one edition of a barometer can be set against a figure of another edition.</summary>
internal enum Comparability
{
    /// <summary>The same question put to the same population: the two values may be read as a change over time.</summary>
    SameQuestion,
    /// <summary>The same subject, asked or summarised in other words: side by side, never a trend.</summary>
    Reworded,
    /// <summary>A related but different question: side by side, never a trend.</summary>
    DifferentQuestion,
    /// <summary>The same question put to a different population: side by side, never a trend.</summary>
    DifferentPopulation,
}

/// <summary>One row of data/editions.csv: a figure of an earlier edition, a figure of a later one, and how comparable the two are.</summary>
internal sealed record EditionPair(
    string Series,
    LocalizedText Label,
    string EarlierStudy,
    string EarlierFigure,
    string LaterStudy,
    string LaterFigure,
    Comparability Comparability,
    LocalizedText Note,
    long Line)
{
    /// <summary>Only a pair the data declare to be the same question may be drawn as a trend.</summary>
    public bool IsTrend => Comparability == Comparability.SameQuestion;
}

/// <summary>The columns of data/editions.csv and the comparability names, written once. data/README.md documents them.</summary>
internal static class EditionColumns
{
    public const string Series = "series";
    public const string LabelFr = "label_fr";
    public const string LabelEn = "label_en";
    public const string EarlierStudy = "earlier_study";
    public const string EarlierFigure = "earlier_figure";
    public const string LaterStudy = "later_study";
    public const string LaterFigure = "later_figure";
    public const string Comparability = "comparability";
    public const string NoteFr = "note_fr";
    public const string NoteEn = "note_en";

    public static readonly IReadOnlyList<string> All = [Series, LabelFr, LabelEn, EarlierStudy, EarlierFigure, LaterStudy, LaterFigure, Comparability, NoteFr, NoteEn];

    public static readonly IReadOnlyList<string> ComparabilityNames = ["same-question", "reworded", "different-question", "different-population"];

    public static Charts.Comparability? ParseComparability(string text) => text switch
    {
        "same-question" => Charts.Comparability.SameQuestion,
        "reworded" => Charts.Comparability.Reworded,
        "different-question" => Charts.Comparability.DifferentQuestion,
        "different-population" => Charts.Comparability.DifferentPopulation,
        _ => null,
    };

    /// <summary>How a chart names the comparability of a pair, in the view's language.</summary>
    public static string Describe(Charts.Comparability comparability, Language language) => (comparability switch
    {
        Charts.Comparability.SameQuestion => new LocalizedText("même question : évolution", "same question: a change over time"),
        Charts.Comparability.Reworded => new LocalizedText("question reformulée : pas une évolution", "reworded question: not a trend"),
        Charts.Comparability.DifferentQuestion => new LocalizedText("question différente : pas une évolution", "different question: not a trend"),
        Charts.Comparability.DifferentPopulation => new LocalizedText("population différente : pas une évolution", "different population: not a trend"),
        _ => throw new ArgumentOutOfRangeException(nameof(comparability), comparability, null),
    }).In(language);
}
