using SurveyFigures.Consistency;

namespace SurveyFigures.Charts;

/// <summary>
/// The one colour palette of every chart: Okabe &amp; Ito (2008), distinguishable under the common forms of
/// colour blindness. Roles (published figure, verdict, study) map to these colours here and nowhere else.
/// </summary>
internal static class Palette
{
    public const string Black = "#000000";
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";

    /// <summary>All eight colours, in Okabe and Ito's order.</summary>
    public static readonly IReadOnlyList<string> All = [Black, Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple];

    /// <summary>Colours for series drawn side by side (studies), most distinct first; yellow last (weak on white).</summary>
    public static readonly IReadOnlyList<string> Series = [Blue, Orange, BluishGreen, Vermillion, SkyBlue, ReddishPurple, Black, Yellow];

    /// <summary>Bars of published figures printed as numbers.</summary>
    public const string Published = Blue;

    /// <summary>Bars of figures printed in words, drawn at the midpoint of the interval we read them as.</summary>
    public const string Reading = ReddishPurple;

    /// <summary>Markers of shares recomputed from respondent rows, with their interval.</summary>
    public const string Recomputed = Black;

    /// <summary>The colour of series <paramref name="index"/> (cycles after eight).</summary>
    public static string ForSeries(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];

    public static string ForVerdict(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => BluishGreen,
        Verdict.RoundedSum => Yellow,
        Verdict.OtherRounding => Orange,
        Verdict.SourcesDisagree => ReddishPurple,
        Verdict.Untestable => SkyBlue,
        Verdict.Contradiction => Blue,
        Verdict.Impossible => Vermillion,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
