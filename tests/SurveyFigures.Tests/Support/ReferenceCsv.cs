using System.Runtime.CompilerServices;

namespace SurveyFigures.Tests.Support;

/// <summary>
/// A reference file of Statistics/reference (values an independent tool computed, the script beside it), read through
/// CsvHelper by column name; its '#' lines say how it was made and are skipped.
/// </summary>
public static class ReferenceCsv
{
    public static List<Dictionary<string, string>> Read(string name) => Read(name, Folder());

    private static List<Dictionary<string, string>> Read(string name, string folder)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(Path.Combine(folder, name)).Where(l => !l.StartsWith('#'))));
        using var csv = global::CsvHelper.CsvReader.Create(body, new global::CsvHelper.CsvReaderOptions { HasHeader = true, SkipEmptyLines = true });
        var header = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => csv.GetString(p.i)));
        }
        Assert.NotEmpty(rows);
        return rows;
    }

    // Found from this source file, so the tests run from any working directory.
    private static string Folder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile) ?? "", "..", "Statistics", "reference");
}
