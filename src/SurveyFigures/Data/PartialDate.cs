using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyFigures.Data;

/// <summary>
/// A date known to the precision it was published with: a year (2025), a month (2024-07) or a day (2024-11-16). Shown in
/// words at that precision, never padded with an invented day.
/// </summary>
internal readonly partial record struct PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>The pattern study.json dates of this kind follow (also published in data/study.schema.json).</summary>
    public const string Pattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    /// <summary>What a reader is told belongs there when a date is malformed.</summary>
    public const string Expected = "a date written YYYY, YYYY-MM or YYYY-MM-DD, to the precision published";

    [GeneratedRegex(Pattern)]
    private static partial Regex Shape();

    private static readonly string[] MonthsFr =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] MonthsEn =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static PartialDate? TryParse(string? text)
    {
        if (text is null || !Shape().IsMatch(text))
        {
            return null;
        }
        var parts = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var date = new PartialDate(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null);
        // Year 0 is no calendar year (DateTime starts at 1); a day must exist in its month.
        return date.Year < 1 || (date.Day is { } d && d > DateTime.DaysInMonth(date.Year, date.Month!.Value)) ? null : date;
    }

    public static PartialDate Parse(string text) => TryParse(text) ?? throw new FormatException($"'{text}' is not {Expected}.");

    /// <summary>
    /// Orders two dates as far as both are known: 2024-11-16 and 2024-11 are equal (the month is all they share), 2025
    /// and 2024-12 are not.
    /// </summary>
    public static int CompareAtSharedPrecision(PartialDate a, PartialDate b)
    {
        var year = a.Year.CompareTo(b.Year);
        if (year != 0 || a.Month is not { } am || b.Month is not { } bm)
        {
            return year;
        }
        var month = am.CompareTo(bm);
        return month != 0 || a.Day is not { } ad || b.Day is not { } bd ? month : ad.CompareTo(bd);
    }

    /// <summary>"16 novembre 2024", "juillet 2024", "2025"; in English "16 November 2024", "July 2024", "2025".</summary>
    public string Format(Language language)
    {
        if (Month is not { } month)
        {
            return Year.ToString(CultureInfo.InvariantCulture);
        }
        // Our own month names: the output must not depend on the machine's culture data (ICU may be absent).
        var monthName = (language == Language.Fr ? MonthsFr : MonthsEn)[month - 1];
        return Day is { } day
            ? $"{day.ToString(CultureInfo.InvariantCulture)} {monthName} {Year.ToString(CultureInfo.InvariantCulture)}"
            : $"{monthName} {Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The date as written in study.json.</summary>
    public override string ToString() =>
        Year.ToString("D4", CultureInfo.InvariantCulture) + (Month is { } m ? $"-{m:D2}" : "") + (Day is { } d ? $"-{d:D2}" : "");
}
