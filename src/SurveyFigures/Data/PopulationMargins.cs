using System.Globalization;

namespace SurveyFigures.Data;

/// <summary>
/// Checks a study's declared population margins (study.json <c>population_margins</c>) against the ledger and, once
/// the rows are read, against the respondents: every problem names study.json, the line, the member and what belongs.
/// </summary>
internal static class PopulationMargins
{
    /// <summary>The margins of a study, none when it declares none.</summary>
    public static IReadOnlyList<PopulationMargin> Of(Study study) => study.Metadata.PopulationMargins ?? [];

    /// <summary>The member path of a margin's percentage for <paramref name="category"/>, as messages name it.</summary>
    public static string Member(int index, string? category = null) =>
        category is null ? $"population_margins[{index}]" : $"population_margins[{index}].percent.{category}";

    /// <summary>The line of a margin's column (or of one of its categories) in study.json, for messages.</summary>
    public static long? LineOf(Study study, PopulationMargin margin, string? category = null)
    {
        var path = Path.Combine(study.Folder, Study.MetadataFile);
        var margins = StudyFolderPath.LineOf(path, "\"population_margins\"");
        var column = StudyFolderPath.LineOf(path, $"\"{margin.Column}\"", margins) ?? margins;
        return category is null ? column : StudyFolderPath.LineOf(path, $"\"{category}\"", column) ?? column;
    }

    /// <summary>What needs only study.json and the ledger: a known column, once; percentages summing to exactly 100; a declared source.</summary>
    public static void Validate(Study study, string shownMeta)
    {
        var margins = Of(study);
        var columns = study.Columns;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < margins.Count; i++)
        {
            var margin = margins[i];
            if (!columns.Contains(margin.Column, StringComparer.Ordinal))
            {
                throw new DataFileException(shownMeta, "a population margin on an unknown column", LineOf(study, margin), $"{Member(i)}.column", margin.Column,
                    $"a respondent column the ledger or a base uses: {string.Join(", ", columns)}");
            }
            if (!seen.Add(margin.Column))
            {
                throw new DataFileException(shownMeta, "two population margins on one column", LineOf(study, margin), $"{Member(i)}.column", margin.Column,
                    "one margin per column");
            }
            // Exact: the percentages are read as the decimals written, so 33.3 + 33.3 + 33.4 is 100 and 33.3 × 3 is not.
            var sum = margin.Percent.Values.Sum();
            if (sum != 100m)
            {
                throw new DataFileException(shownMeta, "population percentages that do not sum to 100", LineOf(study, margin), $"{Member(i)}.percent",
                    sum.ToString(CultureInfo.InvariantCulture), "percentages summing to exactly 100 (where the source's rounding leaves 99.9 or 100.1, adjust one category and say so in the source's section)");
            }
            var colon = margin.Source.IndexOf(':', StringComparison.Ordinal);
            var source = colon > 0 ? study.Metadata.Sources.FirstOrDefault(s => s.Id == margin.Source[..colon]) : null;
            if (source is null || !source.Sections.ContainsKey(margin.Source[(colon + 1)..]))
            {
                throw new DataFileException(shownMeta, source is null ? "a population margin from an unknown source document" : "a population margin from an unknown section of its source",
                    StudyFolderPath.LineOf(Path.Combine(study.Folder, Study.MetadataFile), $"\"{margin.Source}\""), $"{Member(i)}.source", margin.Source,
                    "a document:section pair declared under 'sources': the public document that publishes these percentages");
            }
        }
    }

    /// <summary>
    /// What needs the rows: every respondent's value is a category of the margin, and every category with a positive
    /// percentage has a respondent, else no weights can meet the margin.
    /// </summary>
    /// <param name="values">The margin's column, value by row; <paramref name="lineOf"/> gives a row's line in respondents.csv.</param>
    public static void CheckRows(Study study, int index, IReadOnlyList<string> values, Func<int, long> lineOf)
    {
        var margin = Of(study)[index];
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < values.Count; r++)
        {
            if (!margin.Percent.ContainsKey(values[r]))
            {
                throw new DataFileException(study.ShownRespondentsPath, "a respondent in no category of a population margin", lineOf(r), margin.Column, values[r].Length == 0 ? "(empty)" : values[r],
                    $"one of the categories {Member(index)} of study.json gives a percentage to: {string.Join(", ", margin.Percent.Keys)}");
            }
            present.Add(values[r]);
        }
        if (margin.Percent.FirstOrDefault(p => p.Value > 0 && !present.Contains(p.Key)) is { Key: { } missing } share)
        {
            throw new DataFileException(Path.Combine(study.ShownFolder, Study.MetadataFile), "a population category no respondent is in, so no weights can meet it",
                LineOf(study, margin, missing), Member(index, missing), share.Value.ToString(CultureInfo.InvariantCulture),
                $"a value some respondent has in column '{margin.Column}' of {study.ShownRespondentsPath}, or a percentage of 0");
        }
    }
}
