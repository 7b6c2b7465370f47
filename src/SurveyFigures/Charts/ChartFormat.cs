using System.Globalization;
using SurveyFigures.Data;

namespace SurveyFigures.Charts;

/// <summary>Numbers and printed figures as chart text: decimal comma in French, point in English, never the machine's culture.</summary>
internal static class ChartFormat
{
    // Chart values are doubles; they take the one formatting path (Formatting.Numbers) through the same decimal conversion.
    public static string Number(double value, int decimals, Language language) => Formatting.Numbers.Decimal((decimal)value, decimals, language);

    public static string Percent(double value, Language language, int decimals = 1) => Formatting.Numbers.PercentText((decimal)value, decimals, language);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The figure as printed: "54 %" (with a decimal comma in French), or the published words in quotes.</summary>
    public static string Printed(Figure figure, Language language)
    {
        if (!figure.Primary.IsWords)
        {
            return Formatting.Numbers.Printed(figure.Primary, language);
        }
        return language == Language.Fr ? $"« {figure.Printed} »" : $"“{figure.Printed}”";
    }

    /// <summary>Rounds a chart coordinate so the JSON stays short and stable.</summary>
    public static double Coordinate(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>Upper-cases the first letter ("health professionals" → "Health professionals").</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Lower-cases the first letter, unless the first word looks like an acronym or a name in capitals.</summary>
    public static string Decapitalize(string text) =>
        text.Length < 2 || char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
