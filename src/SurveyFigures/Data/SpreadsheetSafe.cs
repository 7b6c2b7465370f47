using System.Globalization;
using CsvHelper;

namespace SurveyFigures.Data;

/// <summary>
/// Every CSV this repository writes goes through here, so a spreadsheet opening it runs no formula (CSV injection): a
/// field beginning with =, +, -, @, a tab or a carriage return gets a single quote in front, as OWASP advises, unless
/// the whole field is a number (a negative share stays a number). Data text reaches outputs from ledgers, study.json
/// and source texts, all of which a contributor types.
/// </summary>
internal static class SpreadsheetSafe
{
    private static readonly char[] Starts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The field, with a quote in front if a spreadsheet would otherwise read it as a formula.</summary>
    public static string Field(string field) =>
        field.Length > 0 && Starts.Contains(field[0]) && !IsNumber(field) ? "'" + field : field;

    /// <summary>Writes one record with every field made safe: the only way this repository writes a CSV record.</summary>
    public static void WriteSafeRecord(this CsvWriter writer, IEnumerable<string> fields) =>
        writer.WriteRecord([.. fields.Select(Field)]);

    /// <summary>Whether a field is written as it is: data a file must read back unchanged (a category code) must be.</summary>
    public static bool IsSafe(string field) => Field(field) == field;

    // Digits with a sign, a decimal point or an exponent and nothing else: "-5", "-0.25", "+1e3"; not "-2+3".
    private static bool IsNumber(string field) =>
        decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}
