using System.Globalization;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.Formatting;

/// <summary>
/// The one place a computed value becomes text. Each value is rounded once, from the value the pipeline holds (the
/// exact decimal share 100·count/n; an interval bound converted once from double to decimal), half away from zero, to a
/// fixed precision: shares to 2 decimals, interval bounds to 1. French takes a decimal comma and a non-breaking space
/// before "%"; English a point and a normal space. The console, the report, the notebooks and the chart hovers all
/// call these functions; figures.csv keeps <see cref="FullPrecision"/> decimals of the same values.
/// </summary>
internal static class Numbers
{
    /// <summary>Decimals of a recomputed share, in every view.</summary>
    public const int ShareDecimals = 2;

    /// <summary>Decimals of an interval bound, in every view.</summary>
    public const int BoundDecimals = 1;

    /// <summary>Decimals figures.csv keeps: enough that rounding the file's value gives the views' digits.</summary>
    public const int FullPrecision = 10;

    /// <summary>The space before "%": non-breaking in French (so "72,04 %" never breaks), a plain space in English.</summary>
    public static string PercentSpace(Language language) => language == Language.Fr ? "\u00A0" : " ";

    /// <summary>
    /// The sample size as every view states it: "760", or for a size printed only vaguely the sizes we read it as with
    /// the words printed, and any printing that contradicts them: "1600–1700 (printed “près de 1 700”)".
    /// </summary>
    public static string SampleSize(SampleSizeRange sample, Language language)
    {
        if (sample.Printed.Count == 0)
        {
            return sample.ToString();
        }
        var fr = language == Language.Fr;
        string Quote(PrintedSampleSize p) => fr ? $"« {p.Text} »" : $"“{p.Text}”";
        var kept = sample.Printed.Where(p => !sample.Contradicted.Contains(p)).Select(Quote).ToList();
        var text = kept.Count == 0
            ? sample.ToString()
            : $"{sample} ({(fr ? "imprimé" : "printed")} {string.Join(fr ? " et " : " and ", kept)})";
        return sample.Contradicted.Count == 0
            ? text
            : $"{text}; {(fr ? "contredit par" : "contradicted by")} {string.Join(fr ? " et " : " and ", sample.Contradicted.Select(p => $"{Quote(p)} ({p.Source}, {(fr ? "lu comme" : "read as")} {p.Low}–{p.High})"))}";
    }

    /// <summary>A percentage bound as a decimal: the one conversion from the interval's double.</summary>
    public static decimal Percent(double proportion) => (decimal)proportion * 100m;

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A number rounded once, with the language's decimal mark.</summary>
    public static string Decimal(decimal value, int decimals, Language language)
    {
        var text = Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return language == Language.Fr ? text.Replace('.', ',') : text;
    }

    public static string PercentText(decimal value, int decimals, Language language) => $"{Decimal(value, decimals, language)}{PercentSpace(language)}%";

    /// <summary>A range of percentages, each end rounded once: "60.0–66.7 %" / "60,0–66,7 %".</summary>
    public static string RangeText(decimal low, decimal high, int decimals, Language language) =>
        $"{Decimal(low, decimals, language)}–{PercentText(high, decimals, language)}";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The recomputed share: "72.04 %" / "72,04 %".</summary>
    public static string Share(FigureResult r, Language language) => PercentText(r.ComputedPercent, ShareDecimals, language);

    /// <summary>The share without its sign, for tables whose heading carries the "%".</summary>
    public static string ShareNumber(FigureResult r, Language language) => Decimal(r.ComputedPercent, ShareDecimals, language);

    /// <summary>The interval: "68.1–75.7" (no sign), with <see cref="IntervalText"/> adding it.</summary>
    public static string Interval(ProportionInterval interval, Language language) =>
        $"{Decimal(Percent(interval.Low), BoundDecimals, language)}–{Decimal(Percent(interval.High), BoundDecimals, language)}";

    public static string IntervalText(ProportionInterval interval, Language language) =>
        RangeText(Percent(interval.Low), Percent(interval.High), BoundDecimals, language);

    /// <summary>A value as figures.csv writes it: full precision, point decimal mark.</summary>
    public static string Csv(decimal value) =>
        Round(value, FullPrecision).ToString("F" + FullPrecision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A printed version as a reader of this language sees it: "7,8 %", "plus de 72 %", "197 personnes" / "197 people", or its words.</summary>
    public static string Printed(PrintedVersion version, Language language)
    {
        if (version.Count is { } k)
        {
            var people = language == Language.Fr ? (k > 1 ? "personnes" : "personne") : (k == 1 ? "person" : "people");
            return $"{QualifierWords(version.Qualifier, language)}{k.ToString(CultureInfo.InvariantCulture)} {people}";
        }
        if (version.Percent is not { } p)
        {
            return version.Printed;
        }
        var number = language == Language.Fr ? p.ToString().Replace('.', ',') : p.ToString();
        return $"{QualifierWords(version.Qualifier, language)}{number}{PercentSpace(language)}%";
    }

    private static string QualifierWords(Qualifier qualifier, Language language) => (qualifier, language) switch
    {
        (Qualifier.MoreThan, Language.Fr) => "plus de ",
        (Qualifier.MoreThan, _) => "more than ",
        (Qualifier.AtLeast, Language.Fr) => "au moins ",
        (Qualifier.AtLeast, _) => "at least ",
        (Qualifier.Nearly, Language.Fr) => "près de ",
        (Qualifier.Nearly, _) => "nearly ",
        (Qualifier.About, Language.Fr) => "environ ",
        (Qualifier.About, _) => "about ",
        _ => "",
    };
}
