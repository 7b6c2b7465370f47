using SurveyFigures.Data;
using Columns = SurveyFigures.Charts.EditionColumns;

namespace SurveyFigures.Charts;

/// <summary>
/// Reads data/editions.csv, the items that two editions of a barometer both touch, and checks every reference: both
/// studies loaded, both figures in their ledgers, two different studies, a known comparability. Errors name the file,
/// line, column, value and what was expected.
/// </summary>
internal static class EditionsReader
{
    public const string FileName = "editions.csv";

    public static string PathIn(string root) => Path.Combine(root, "data", FileName);

    /// <summary>The pairs of data/editions.csv, or none when the file does not exist.</summary>
    public static IReadOnlyList<EditionPair> Load(string root, IEnumerable<Study> studies) =>
        File.Exists(PathIn(root)) ? Read(CsvTable.Read(PathIn(root), Path.Combine("data", FileName)), studies) : [];

    public static IReadOnlyList<EditionPair> Read(CsvTable table, IEnumerable<Study> studies)
    {
        table.RequireColumns(Columns.All);
        var byId = studies.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var pairs = new List<EditionPair>();
        foreach (var line in table.Lines)
        {
            string Field(string column) => table.Get(line, column);
            DataFileException Bad(string column, string problem, string expected) => new(table.File, problem, line.Number, column, Field(column), expected);

            table.RequireValues(line, Columns.All);
            if (!Ids.IsValid(Field(Columns.Series)) || pairs.Any(p => p.Series == Field(Columns.Series)))
            {
                throw Bad(Columns.Series, "invalid or repeated series id", "a new id of lower-case words joined by '.' or '-', such as training-tools");
            }
            StudyReferences.Figure(table, line, byId, Columns.EarlierStudy, Columns.EarlierFigure);
            StudyReferences.Figure(table, line, byId, Columns.LaterStudy, Columns.LaterFigure);
            if (Field(Columns.EarlierStudy) == Field(Columns.LaterStudy))
            {
                throw Bad(Columns.LaterStudy, "both figures come from one study", "another edition of the barometer");
            }
            var comparability = Columns.ParseComparability(Field(Columns.Comparability))
                ?? throw Bad(Columns.Comparability, "unknown comparability", $"one of {string.Join(", ", Columns.ComparabilityNames)}");
            pairs.Add(new EditionPair(Field(Columns.Series), new LocalizedText(Field(Columns.LabelFr), Field(Columns.LabelEn)),
                Field(Columns.EarlierStudy), Field(Columns.EarlierFigure), Field(Columns.LaterStudy), Field(Columns.LaterFigure),
                comparability, new LocalizedText(Field(Columns.NoteFr), Field(Columns.NoteEn)), line.Number));
        }
        return pairs;
    }
}
