using CsvHelper;
using SurveyFigures.Data;
using SurveyFigures.Io;

namespace SurveyFigures.Reconstruction;

/// <summary>Reads and writes respondents.csv. Writing is byte-stable: UTF-8 without BOM, comma, "\n", columns in ledger order.</summary>
internal static class RespondentCsv
{
    public static void Write(RespondentTable table, string path) =>
        AtomicFile.Write(path, stream =>
        {
            var options = new CsvWriterOptions { NewLine = "\n", Separator = ',', WriteByteOrderMark = false };
            using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
            writer.WriteHeader([RespondentTable.IdColumn, .. table.Columns]);
            var row = new string[table.Columns.Count + 1];
            for (var r = 0; r < table.RowCount; r++)
            {
                row[0] = table.Ids[r];
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    row[c + 1] = table.Values[c][r];
                }
                writer.WriteSafeRecord(row);
            }
        });

    /// <summary>Reads a study's respondent file, checking it against the ledger: every column present, every value one the ledger knows.</summary>
    public static RespondentTable Read(Study study)
    {
        var csv = CsvTable.Read(study.RespondentsPath, study.ShownRespondentsPath);
        var columns = study.Columns.ToList();
        var design = DesignColumns.Of(study.Metadata.Respondents).Select(d => d.Column).ToList();
        csv.RequireColumns(columns.Prepend(RespondentTable.IdColumn).Concat(design));
        var allowed = columns.ToDictionary(c => c, c => AllowedValues(study, c), StringComparer.Ordinal);
        var ids = new List<string>(csv.Lines.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = columns.Select(_ => new string[csv.Lines.Count]).ToList();
        for (var r = 0; r < csv.Lines.Count; r++)
        {
            var line = csv.Lines[r];
            var id = csv.Get(line, RespondentTable.IdColumn);
            if (id.Length == 0 || !seen.Add(id))
            {
                throw new DataFileException(csv.File, id.Length == 0 ? "empty respondent id" : "duplicate respondent id", line.Number, RespondentTable.IdColumn, id, "a unique, non-empty id per respondent");
            }
            ids.Add(id);
            for (var c = 0; c < columns.Count; c++)
            {
                var value = csv.Get(line, columns[c]);
                if (!allowed[columns[c]].Contains(value))
                {
                    throw new DataFileException(csv.File, "unexpected value", line.Number, columns[c], value, $"one of {string.Join(", ", allowed[columns[c]].Order(StringComparer.Ordinal).Select(v => v.Length == 0 ? "(empty)" : v))}");
                }
                values[c][r] = value;
            }
        }
        var sample = study.Metadata.Sample;
        if (!sample.Contains(ids.Count))
        {
            throw new DataFileException(csv.File, sample.IsExact
                    ? $"the file has {ids.Count} respondents but study.json gives a sample size of {sample}"
                    : $"the file has {ids.Count} respondents but study.json reads the printed sample size as {sample}",
                line: csv.Lines[^1].Number, expected: $"{sample} respondent rows");
        }
        var margins = PopulationMargins.Of(study);
        for (var i = 0; i < margins.Count; i++)
        {
            PopulationMargins.CheckRows(study, i, values[columns.IndexOf(margins[i].Column)], r => csv.Lines[r].Number);
        }
        return new RespondentTable(ids, columns, values, ReadDesign(csv, study.Metadata.Respondents));
    }

    private static RespondentDesign? ReadDesign(CsvTable csv, RespondentInfo info)
    {
        if (info.Weight is null)
        {
            return null;
        }
        var weights = new decimal[csv.Lines.Count];
        var strata = info.Strata is null ? null : new string[csv.Lines.Count];
        var clusters = info.Cluster is null ? null : new string[csv.Lines.Count];
        for (var r = 0; r < csv.Lines.Count; r++)
        {
            var line = csv.Lines[r];
            weights[r] = SurveyWeight.Parse(csv.Get(line, info.Weight.Column), csv.File, line.Number, info.Weight.Column);
            if (info.Strata is { } s)
            {
                strata![r] = Label(csv, line, s, "stratum");
            }
            if (info.Cluster is { } c)
            {
                clusters![r] = Label(csv, line, c, "cluster");
            }
        }
        return new RespondentDesign(weights, strata, clusters);
    }

    private static string Label(CsvTable csv, CsvLine line, string column, string what)
    {
        var value = csv.Get(line, column);
        return value.Length > 0 ? value : throw new DataFileException(csv.File, $"missing {what}", line.Number, column, value, $"the respondent's {what}, a non-empty label");
    }

    /// <summary>
    /// Values a column may hold: 0/1 for yes/no columns; otherwise the ledger's categories and the values marking
    /// subgroups of unpublished size, with the residual or empty (not asked, not a member).
    /// </summary>
    private static HashSet<string> AllowedValues(Study study, string column)
    {
        var figures = study.ColumnFigures.Where(f => f.Column == column).ToList();
        if (figures.Count > 0 && figures[0].IsBinary)
        {
            return [Figure.BinaryYes, Figure.BinaryNo];
        }
        var set = figures.Select(f => f.Value).Concat(study.Metadata.Bases.Where(b => b.Column == column).Select(b => b.Value!)).ToHashSet(StringComparer.Ordinal);
        set.Add(study.Residual(column)?.Value ?? "");
        return set;
    }
}
