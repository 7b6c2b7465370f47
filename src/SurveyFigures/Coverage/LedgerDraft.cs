using System.Globalization;
using CsvHelper;
using SurveyFigures.Data;

namespace SurveyFigures.Coverage;

/// <summary>A candidate ledger row for one percentage found in a text: to be completed by a person, never copied as is.</summary>
public sealed record DraftRow(string Printed, string Kind, string Locator, int Line, string Sentence);

/// <summary>
/// Proposes ledger rows from a source text: one per percentage the scanner finds, with the value as printed, a guessed
/// kind, a locator (the section of a known text, else the line) and the shortened sentence as a note for whoever fills
/// the row in. Labels, questions, bases and columns stay empty on purpose: they are written in our own words.
/// </summary>
public static class LedgerDraft
{
    public static IReadOnlyList<DraftRow> Rows(string text, string sourceId, IReadOnlyDictionary<string, string>? sections = null)
    {
        var ranges = SectionLines.ParseAll(sections ?? new Dictionary<string, string>());
        return PercentScanner.Scan(text).Select(f => new DraftRow(
            f.Verbal ? f.Printed : f.Value!.Value.ToString("F" + f.Decimals, CultureInfo.InvariantCulture),
            f.Guess.ToString().ToLowerInvariant(),
            $"{sourceId}:{SectionLines.SectionOf(f.Line, ranges) ?? $"line-{f.Line.ToString(CultureInfo.InvariantCulture)}"}",
            f.Line,
            SourceCoverage.Shorten(f.Sentence))).ToList();
    }

    /// <summary>The rows as figures.csv lines (ledger columns, the sentence under 'note'), ready to paste and complete.</summary>
    public static void Write(IReadOnlyList<DraftRow> rows, TextWriter output)
    {
        using var writer = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" });
        writer.WriteHeader([.. LedgerColumns.Required, .. LedgerColumns.Optional]);
        foreach (var row in rows)
        {
            writer.WriteSafeRecord(Fields(row));
        }
    }

    private static string[] Fields(DraftRow row)
    {
        var values = new Dictionary<string, string>
        {
            [LedgerColumns.Kind] = row.Kind,
            [LedgerColumns.Printed] = row.Printed,
            [LedgerColumns.Base] = BaseDefinition.All,
            // A yes/no column is the common case; a category of a single-choice question gets its code instead.
            [LedgerColumns.Value] = Figure.BinaryYes,
            [LedgerColumns.Source] = row.Locator,
            [LedgerColumns.Note] = $"line {row.Line.ToString(CultureInfo.InvariantCulture)}: {row.Sentence}",
        };
        return [.. LedgerColumns.Required.Concat(LedgerColumns.Optional).Select(c => values.GetValueOrDefault(c, ""))];
    }
}
