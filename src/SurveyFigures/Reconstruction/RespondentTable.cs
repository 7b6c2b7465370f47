namespace SurveyFigures.Reconstruction;

/// <summary>
/// Respondent-level data held by column: one array of text codes per question column, plus an id per row.
/// Either generated (the synthetic reconstruction) or read from respondents.csv.
/// </summary>
public sealed class RespondentTable
{
    public const string IdColumn = "respondent_id";

    public RespondentTable(IReadOnlyList<string> ids, IReadOnlyList<string> columns, IReadOnlyList<string[]> values, RespondentDesign? design = null)
    {
        if (columns.Count != values.Count || values.Any(v => v.Length != ids.Count))
        {
            throw new ArgumentException("Every column needs one value per respondent.", nameof(values));
        }
        if (design is not null && design.Weights.Length != ids.Count)
        {
            throw new ArgumentException("Every respondent needs a weight.", nameof(design));
        }
        Ids = ids;
        Columns = columns;
        Values = values;
        Design = design;
    }

    /// <summary>The weights (and strata, clusters) of weighted microdata; null for unweighted rows, each respondent counting once.</summary>
    public RespondentDesign? Design { get; }

    public IReadOnlyList<string> Ids { get; }
    public IReadOnlyList<string> Columns { get; }
    /// <summary>Values[c][r]: the value of column c for respondent r.</summary>
    public IReadOnlyList<string[]> Values { get; }
    public int RowCount => Ids.Count;

    public string[] Column(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == name)
            {
                return Values[i];
            }
        }
        throw new KeyNotFoundException($"No respondent column '{name}'.");
    }

    public static string RespondentId(int index, int count) => "R" + (index + 1).ToString("D" + Math.Max(4, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length), System.Globalization.CultureInfo.InvariantCulture);
}
