using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.NotebookBackend;

/// <summary>
/// A reader's first looks at the respondent rows: the first rows, each column's values, a cross-tabulation. Every table
/// carries the caveat while the rows are synthetic: their joint distributions are the generator's assumptions.
/// </summary>
internal static class RowTables
{
    public static TextTable Head(Study study, RespondentTable rows, int count, Language language)
    {
        if (count < 1)
        {
            throw new ArgumentException($"count: ask for at least 1 row, a whole number from 1 to {rows.RowCount} (got {count}).", nameof(count));
        }
        var shown = Enumerable.Range(0, Math.Min(count, rows.RowCount))
            .Select(r => (IReadOnlyList<string>)[rows.Ids[r], .. rows.Values.Select(v => v[r])]).ToList();
        return new TextTable(Caption(study, language, language == Language.Fr ? "premières lignes" : "first rows"),
            [RespondentTable.IdColumn, .. rows.Columns], shown, Caveat(study, language));
    }

    public static TextTable Summary(Study study, RespondentTable rows, Language language)
    {
        var table = new List<IReadOnlyList<string>>();
        foreach (var column in rows.Columns)
        {
            foreach (var group in rows.Column(column).GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                table.Add([column, group.Key.Length == 0 ? "—" : group.Key, Numbers.Count(group.Count()), Numbers.PercentText(100m * group.Count() / rows.RowCount, Numbers.ShareDecimals, language)]);
            }
        }
        var fr = language == Language.Fr;
        return new TextTable(Caption(study, language, fr ? "valeurs de chaque colonne" : "values of each column"),
            [fr ? "colonne" : "column", fr ? "valeur" : "value", fr ? "nombre" : "count", fr ? "part" : "share"], table, Caveat(study, language));
    }

    public static TextTable CrossTab(Study study, RespondentTable rows, string rowColumn, string columnColumn, Language language)
    {
        foreach (var (name, paramName) in new[] { (rowColumn, nameof(rowColumn)), (columnColumn, nameof(columnColumn)) })
        {
            if (!rows.Columns.Contains(name))
            {
                throw new ArgumentException($"{paramName}: study '{study.Id}' has no respondent column '{name}'; its columns are {string.Join(", ", rows.Columns)}.", paramName);
            }
        }
        var a = rows.Column(rowColumn);
        var b = rows.Column(columnColumn);
        var across = b.Distinct().Order(StringComparer.Ordinal).ToList();
        var table = a.Distinct().Order(StringComparer.Ordinal).Select(value =>
        {
            var counts = across.Select(other => Enumerable.Range(0, rows.RowCount).Count(r => a[r] == value && b[r] == other)).ToList();
            return (IReadOnlyList<string>)[value, .. counts.Select(Numbers.Count), Numbers.Count(counts.Sum())];
        }).ToList();
        var fr = language == Language.Fr;
        return new TextTable(Caption(study, language, $"{rowColumn} × {columnColumn}"),
            [$"{rowColumn} \\ {columnColumn}", .. across, fr ? "total" : "total"], table, Caveat(study, language));
    }

    private static string Caption(Study study, Language language, string what) => $"{study.Metadata.ShortTitle.In(language)} — {what}";

    /// <summary>What the rows are: synthetic (and what that means for any cross-tabulation) or the survey's microdata.</summary>
    public static string Caveat(Study study, Language language) => study.Metadata.Respondents.Synthetic
        ? language == Language.Fr
            ? "Lignes synthétiques, reconstruites pour redonner les chiffres publiés : ce ne sont pas les réponses de l'enquête. Leurs distributions jointes (tout croisement de colonnes) sont des hypothèses du générateur, pas des résultats."
            : "Synthetic rows, rebuilt to give back the published figures: not the survey's answers. Their joint distributions (any cross-tabulation of columns) are assumptions of the generator, not findings."
        : language == Language.Fr ? "Microdonnées de l'enquête." : "The survey's microdata.";
}
