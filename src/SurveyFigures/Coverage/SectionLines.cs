using System.Globalization;

namespace SurveyFigures.Coverage;

/// <summary>The lines a cited section spans in a source text, as study.json's text.sections write them ("9-13" or "9").</summary>
internal static class SectionLines
{
    /// <summary>The first and last line of a range (its form was checked against the schema when study.json was read).</summary>
    public static (int First, int Last) Parse(string range)
    {
        var parts = range.Split('-');
        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return (first, parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : first);
    }

    /// <summary>Every section's range, parsed once.</summary>
    public static IReadOnlyDictionary<string, (int First, int Last)> ParseAll(IReadOnlyDictionary<string, string> sections) =>
        sections.ToDictionary(s => s.Key, s => Parse(s.Value), StringComparer.Ordinal);

    /// <summary>The section whose lines hold <paramref name="line"/>, or null.</summary>
    public static string? SectionOf(int line, IReadOnlyDictionary<string, (int First, int Last)> sections) =>
        sections.FirstOrDefault(s => s.Value.First <= line && line <= s.Value.Last).Key;
}
