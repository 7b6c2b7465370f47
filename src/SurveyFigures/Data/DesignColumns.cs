namespace SurveyFigures.Data;

/// <summary>
/// The respondents.csv columns that describe the survey design rather than answers: the weight, the stratum and the
/// cluster a study.json may declare. Each must be a valid column name that no question or base already uses.
/// </summary>
internal static class DesignColumns
{
    /// <summary>The declared design columns, as (study.json member, column name), weight first.</summary>
    public static IReadOnlyList<(string Member, string Column)> Of(RespondentInfo respondents) =>
    [
        .. respondents.Weight is { } w ? [("respondents.weight.column", w.Column)] : Array.Empty<(string, string)>(),
        .. respondents.Strata is { } s ? [("respondents.strata", s)] : Array.Empty<(string, string)>(),
        .. respondents.Cluster is { } c ? [("respondents.cluster", c)] : Array.Empty<(string, string)>(),
    ];

    public static void Validate(Study study, string shownMeta)
    {
        var metaPath = Path.Combine(study.Folder, Study.MetadataFile);
        var used = new HashSet<string>(study.Columns, StringComparer.Ordinal) { Reconstruction.RespondentTable.IdColumn };
        foreach (var b in study.Metadata.Bases.Where(b => b.Column is not null))
        {
            used.Add(b.Column!);
        }
        foreach (var (member, column) in Of(study.Metadata.Respondents))
        {
            var line = StudyFolderPath.LineOf(metaPath, $"\"{column}\"");
            if (!LedgerReader.IsColumnName(column))
            {
                throw new DataFileException(shownMeta, "an invalid respondent column", line, member, column, "letters, digits and '_'");
            }
            if (!used.Add(column))
            {
                throw new DataFileException(shownMeta, "a design column that is already used", line, member, column,
                    "a column of its own, not the respondent id, a question's column, a base's column or another design column");
            }
        }
        if (study.Metadata.Respondents.Weight is { Margins: var margins } && (margins.Fr.Trim().Length == 0 || margins.En.Trim().Length == 0))
        {
            throw new DataFileException(shownMeta, "weights without the margins they were made to", StudyFolderPath.LineOf(metaPath, "\"margins\""),
                "respondents.weight.margins", "", "the margins the weights were adjusted to, in words, in French and English (profession and age from the national register, 2024)");
        }
    }
}
