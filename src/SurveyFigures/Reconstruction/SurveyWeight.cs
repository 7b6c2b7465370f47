using System.Globalization;
using SurveyFigures.Data;

namespace SurveyFigures.Reconstruction;

/// <summary>One respondent's survey weight as written in respondents.csv: a positive, finite number with a dot.</summary>
internal static class SurveyWeight
{
    public const string Expected = "a positive number written with a dot, such as 1.25 or 0.8731";

    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>The weight, kept as the exact decimal written (no binary rounding), or a refusal naming file, line and column.</summary>
    public static decimal Parse(string text, string file, long line, string column)
    {
        if (text.Length == 0)
        {
            throw new DataFileException(file, "missing weight", line, column, text, Expected);
        }
        if (!decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var weight))
        {
            // "NaN", "Infinity" and numbers beyond decimal's range are numbers to a float parser; say which failure it is.
            var bare = text.TrimStart('+', '-').ToLowerInvariant();
            var problem = bare is "inf" or "infinity" or "nan" ? "a weight that is not a finite number"
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? double.IsFinite(d) ? "a weight out of range" : "a weight that is not a finite number"
                    : "a weight that is not a number";
            throw new DataFileException(file, problem, line, column, text, Expected);
        }
        if (weight <= 0)
        {
            throw new DataFileException(file, weight == 0 ? "a zero weight" : "a negative weight", line, column, text, Expected);
        }
        return weight;
    }
}
