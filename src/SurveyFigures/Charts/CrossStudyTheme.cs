using SurveyFigures.Data;

namespace SurveyFigures.Charts;

/// <summary>One row of data/cross-study-themes.csv: a figure of one study filed under a theme, with a note on what it measures.</summary>
internal sealed record CrossStudyFigure(string Theme, string Study, string Figure, LocalizedText Note, long Line);

/// <summary>A theme both studies touch (training, time saved…), with the figures of each study filed under it, in file order.</summary>
internal sealed record CrossStudyTheme(string Id, LocalizedText Label, IReadOnlyList<CrossStudyFigure> Figures)
{
    /// <summary>The studies the theme draws on, in order of first mention.</summary>
    public IReadOnlyList<string> Studies => Figures.Select(f => f.Study).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>The columns of data/cross-study-themes.csv, named once. data/cross-study-themes.md documents each.</summary>
internal static class CrossStudyThemeColumns
{
    public const string Theme = "theme";
    public const string ThemeLabelFr = "theme_label_fr";
    public const string ThemeLabelEn = "theme_label_en";
    public const string Study = "study";
    public const string Figure = "figure";
    public const string NoteFr = "note_fr";
    public const string NoteEn = "note_en";

    public static readonly IReadOnlyList<string> All = [Theme, ThemeLabelFr, ThemeLabelEn, Study, Figure, NoteFr, NoteEn];
}
