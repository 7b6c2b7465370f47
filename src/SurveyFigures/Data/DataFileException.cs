namespace SurveyFigures.Data;

/// <summary>
/// Bad input in a data file. The message always names the file, and where known the line,
/// the column, the value found and what was expected, so a user can fix the file without a debugger.
/// </summary>
public sealed class DataFileException : Exception
{
    public DataFileException(string file, string problem, long? line = null, string? column = null, string? value = null, string? expected = null, Exception? inner = null)
        : base(Compose(file, problem, line, column, value, expected), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Value = value;
        Expected = expected;
    }

    public string File { get; }
    public long? Line { get; }
    public string? Column { get; }
    public string? Value { get; }
    public string? Expected { get; }

    private static string Compose(string file, string problem, long? line, string? column, string? value, string? expected)
    {
        var where = file;
        if (line is not null)
        {
            where += $", line {line}";
        }
        if (column is not null)
        {
            // A CSV file has columns; a JSON file (study.json) has members.
            where += file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? $", member '{column}'" : $", column '{column}'";
        }
        var text = $"{where}: {problem}";
        if (value is not null)
        {
            text += $" (found '{value}')";
        }
        if (expected is not null)
        {
            text += $"; expected {expected}";
        }
        return text;
    }
}
