using System.Globalization;
using System.Text;
using CsvHelper;

namespace SurveyFigures.Data;

/// <summary>
/// A CSV file read whole, with the line number of every record, so that any later check can
/// point at the exact line. Accepts UTF-8 with or without a byte order mark and a comma or
/// semicolon separator (French spreadsheets export semicolons); rejects anything else clearly.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvLine> lines, char separator)
    {
        File = file;
        Header = header;
        Lines = lines;
        Separator = separator;
        _index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The path as shown in messages (repository-relative when possible).</summary>
    public string File { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvLine> Lines { get; }
    public char Separator { get; }

    /// <summary>
    /// Fails unless the header holds every column of <paramref name="expected"/> and nothing outside it and
    /// <paramref name="optional"/> (in any order): a missing column is named, and so is a column nobody reads, since a
    /// misspelt name would otherwise be ignored without a word.
    /// </summary>
    public void RequireColumns(IEnumerable<string> expected, IEnumerable<string>? optional = null)
    {
        var required = expected.ToList();
        var known = required.Concat(optional ?? []).ToList();
        var missing = required.Where(c => !_index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new DataFileException(File, $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}", line: 1,
                value: string.Join(Separator, Header), expected: $"a header with {string.Join(Separator, required)}");
        }
        var unknown = Header.FirstOrDefault(c => !known.Contains(c, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new DataFileException(File, "unknown column", line: 1, column: unknown,
                expected: $"only the columns {string.Join(", ", known.Select(c => $"'{c}'"))}");
        }
    }

    /// <summary>Refuses a line that leaves any of <paramref name="columns"/> empty, naming the first such column.</summary>
    public void RequireValues(CsvLine line, IEnumerable<string> columns)
    {
        if (columns.FirstOrDefault(c => Get(line, c).Length == 0) is { } empty)
        {
            throw new DataFileException(File, "empty field", line.Number, empty, "", "a value");
        }
    }

    /// <summary>A field, trimmed; an optional column the file leaves out reads as empty.</summary>
    public string Get(CsvLine line, string column) => _index.TryGetValue(column, out var i) ? line.Fields[i].Trim() : "";

    /// <summary>Reads a regular file of at most <paramref name="limit"/> bytes (see <see cref="RegularFile"/>).</summary>
    public static CsvTable Read(string path, string? displayName = null, long limit = RegularFile.RespondentLimit)
    {
        var shown = displayName ?? path;
        return Parse(RegularFile.ReadBytes(path, shown, limit), shown);
    }

    /// <summary>
    /// The most values (rows × columns) a table may hold: what one run is stated to support on a 24 GiB machine. Measured
    /// at 10⁶ respondents × 51 columns (5.1·10⁷ values): reading peaks at 650 MiB, generation, frame and recomputation at
    /// 836 MiB (data/README.md, scale limits). 10⁸ values, twice that, is estimated by linear extrapolation at about
    /// 3 GiB per process, leaving room for a notebook runner per core reading the rows again. 1 000 000 respondents × 100
    /// columns, or 2 000 000 × 50.
    /// </summary>
    public const long ValueLimit = 100_000_000;

    public static CsvTable Parse(byte[] bytes, string shown) => Parse(bytes, shown, ValueLimit);

    /// <summary>Parses, after checking from the line and separator counts alone that the table holds at most <paramref name="valueLimit"/> values.</summary>
    public static CsvTable Parse(byte[] bytes, string shown, long valueLimit)
    {
        var body = StrictText.StripBom(bytes);
        StrictText.Check(body, shown);
        if (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw new DataFileException(shown, "the file is empty", expected: "a header line and at least one record");
        }
        var separator = DetectSeparator(body, shown);
        CheckSize(body, separator, shown, valueLimit);
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        try
        {
            using var reader = CsvReader.Create(body, options);
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            CheckHeader(header, shown);
            var lines = new List<CsvLine>();
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }
                lines.Add(new CsvLine(reader.LineNumber, fields));
            }
            if (lines.Count == 0)
            {
                throw new DataFileException(shown, "the file has a header but no records", line: 1, expected: "at least one record after the header");
            }
            return new CsvTable(shown, header, lines, separator);
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : (long?)null;
            throw new DataFileException(shown, $"malformed CSV: {e.Message.TrimEnd('.', ' ')}", line: line,
                expected: $"RFC 4180 CSV with '{separator}' between fields and the same number of fields on every line{DecimalCommaHint(body, separator, line)}", inner: e);
        }
    }

    // A number with a decimal comma ("7,9") in a comma-separated file splits into two fields: say so when the line has one.
    private static string DecimalCommaHint(byte[] body, char separator, long? line)
    {
        if (separator != ',' || line is null)
        {
            return "";
        }
        var text = Encoding.UTF8.GetString(body).Replace("\r\n", "\n").Split('\n');
        var record = line.Value - 1 < text.Length ? text[line.Value - 1] : "";
        var match = System.Text.RegularExpressions.Regex.Match(record, @"(?<=^|,)(\d+),(\d+)(?=,|$)");
        return match.Success
            ? $" (if '{match.Value}' is one number with a decimal comma, quote it as \"{match.Value}\", write {match.Groups[1].Value}.{match.Groups[2].Value}, or separate fields with ';')"
            : "";
    }

    /// <summary>Comma or semicolon, whichever splits the header line; anything else is refused.</summary>
    // Counted before anything is parsed: every line after the header is taken for a record (an upper bound, since a
    // quoted field may hold a line break), with as many values as the header has columns.
    private static void CheckSize(ReadOnlySpan<byte> body, char separator, string shown, long valueLimit)
    {
        var headerEnd = body.IndexOf((byte)'\n');
        var header = Encoding.UTF8.GetString(headerEnd < 0 ? body : body[..headerEnd]);
        long columns = CountOutsideQuotes(header, separator) + 1;
        var rest = headerEnd < 0 ? [] : body[(headerEnd + 1)..];
        long records = rest.Count((byte)'\n') + (rest.Length > 0 && rest[^1] != (byte)'\n' ? 1 : 0);
        if (records * columns > valueLimit)
        {
            throw new DataFileException(shown,
                $"{records.ToString("N0", CultureInfo.InvariantCulture)} records × {columns} columns = {(records * columns).ToString("N0", CultureInfo.InvariantCulture)} values, beyond what one run supports",
                expected: $"at most {valueLimit.ToString("N0", CultureInfo.InvariantCulture)} values (respondents × columns; see data/README.md, scale limits)");
        }
    }

    private static char DetectSeparator(byte[] body, string shown)
    {
        var end = Array.IndexOf(body, (byte)'\n');
        var header = Encoding.UTF8.GetString(body, 0, end < 0 ? body.Length : end);
        var commas = CountOutsideQuotes(header, ',');
        var semicolons = CountOutsideQuotes(header, ';');
        if (commas == 0 && semicolons == 0)
        {
            throw new DataFileException(shown, "cannot tell the separator from the header", line: 1, value: header.Trim(),
                expected: "column names separated by ',' or ';'");
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int CountOutsideQuotes(string text, char c)
    {
        var inQuotes = false;
        var count = 0;
        foreach (var ch in text)
        {
            if (ch == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (ch == c && !inQuotes)
            {
                count++;
            }
        }
        return count;
    }

    private static void CheckHeader(string[] header, string shown)
    {
        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataFileException(shown, "duplicate column name in the header", line: 1, column: duplicate.Key, expected: "each column once");
        }
        var empty = Array.FindIndex(header, string.IsNullOrWhiteSpace);
        if (empty >= 0)
        {
            throw new DataFileException(shown, $"column {empty + 1} of the header has no name", line: 1, expected: "a name for every column");
        }
    }
}

/// <summary>One record of a CSV file and the line it starts on.</summary>
internal sealed record CsvLine(long Number, IReadOnlyList<string> Fields);
