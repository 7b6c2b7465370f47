using SurveyFigures.Data;

namespace SurveyFigures.Tests.Support;

/// <summary>
/// A CSV file the repository wrote, read back through the project's own CSV reader (CsvHelper underneath): each record
/// a map from column to field, so a quoted field holding a comma ("58,7") never shifts the columns a test looks at.
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var table = CsvTable.Read(path);
        return table.Lines.Select(line => (IReadOnlyDictionary<string, string>)table.Header.ToDictionary(c => c, c => table.Get(line, c), StringComparer.Ordinal)).ToList();
    }
}
