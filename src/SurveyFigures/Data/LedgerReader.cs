using System.Text.RegularExpressions;

namespace SurveyFigures.Data;

/// <summary>
/// Reads a ledger (figures.csv) into figures, checking each field on its own line. Cross-references
/// (bases, parents, sources) are checked by <see cref="StudyValidator"/> once study.json is known.
/// </summary>
public static partial class LedgerReader
{
    [GeneratedRegex("^[a-z0-9]+(?:[.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ColumnPattern();

    public static IReadOnlyList<Figure> Read(CsvTable table)
    {
        table.RequireColumns(LedgerColumns.All);
        var figures = new List<Figure>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in table.Lines)
        {
            var figure = ReadLine(table, line);
            if (seen.TryGetValue(figure.Id, out var first))
            {
                throw new DataFileException(table.File, $"duplicate figure id (first on line {first}); a figure printed twice is one row with both locators",
                    line: line.Number, column: LedgerColumns.Id, value: figure.Id, expected: "a unique id");
            }
            seen[figure.Id] = line.Number;
            figures.Add(figure);
        }
        return figures;
    }

    private static Figure ReadLine(CsvTable t, CsvLine line)
    {
        string Field(string column) => t.Get(line, column);
        DataFileException Bad(string column, string problem, string expected) =>
            new(t.File, problem, line.Number, column, Field(column), expected);

        var id = Field(LedgerColumns.Id);
        if (!IdPattern().IsMatch(id))
        {
            throw Bad(LedgerColumns.Id, "invalid figure id", "lower-case words joined by '.' or '-', such as usage.several-times-a-day");
        }
        var kind = Field(LedgerColumns.Kind) switch
        {
            "single" => FigureKind.Single,
            "multi" => FigureKind.Multi,
            "nested" => FigureKind.Nested,
            "verbal" => FigureKind.Verbal,
            _ => throw Bad(LedgerColumns.Kind, "unknown kind", "one of single, multi, nested, verbal"),
        };
        foreach (var required in new[] { LedgerColumns.Question, LedgerColumns.LabelFr, LedgerColumns.LabelEn, LedgerColumns.Printed, LedgerColumns.Base, LedgerColumns.Value, LedgerColumns.Source })
        {
            if (Field(required).Length == 0)
            {
                throw Bad(required, "empty field", "a value");
            }
        }
        var column = Field(LedgerColumns.Column);
        if (!ColumnPattern().IsMatch(column))
        {
            throw Bad(LedgerColumns.Column, "invalid respondent column name", "a name of letters, digits and '_' (the column of respondents.csv this figure counts)");
        }
        var printed = Field(LedgerColumns.Printed);
        PrintedPercent? percent = null;
        VerbalInterval? interval = null;
        if (kind == FigureKind.Verbal)
        {
            interval = new VerbalInterval(Percent(t, line, LedgerColumns.VerbalLow), Percent(t, line, LedgerColumns.VerbalHigh));
            if (interval.Value.Low > interval.Value.High)
            {
                throw Bad(LedgerColumns.VerbalHigh, $"interval ends below its start ({interval.Value.Low})", "verbal_high ≥ verbal_low");
            }
        }
        else
        {
            percent = PrintedPercent.TryParse(printed) ?? throw Bad(LedgerColumns.Printed, "not a printed percentage",
                "a number from 0 to 100 as printed, such as 54 or 12.5 (decimal comma accepted), without the % sign");
        }
        var parent = Field(LedgerColumns.Parent);
        var ofText = Field(LedgerColumns.Of);
        NestedDenominator? of = null;
        if (kind == FigureKind.Nested)
        {
            if (parent.Length == 0)
            {
                throw Bad(LedgerColumns.Parent, "a nested figure needs a parent", "the id of the figure it is part of");
            }
            of = ofText switch
            {
                "base" => NestedDenominator.Base,
                "parent" => NestedDenominator.Parent,
                _ => throw Bad(LedgerColumns.Of, "unknown reading of a nested share", "'base' (share of the whole base) or 'parent' (share of the parent's count)"),
            };
        }
        else if (parent.Length > 0 || ofText.Length > 0)
        {
            throw Bad(parent.Length > 0 ? LedgerColumns.Parent : LedgerColumns.Of, "only nested figures have a parent and a reading", "an empty field, or kind 'nested'");
        }
        return new Figure(id, Field(LedgerColumns.Question), kind, new LocalizedText(Field(LedgerColumns.LabelFr), Field(LedgerColumns.LabelEn)),
            printed, percent, Field(LedgerColumns.Base), parent.Length == 0 ? null : parent, of, column, Field(LedgerColumns.Value),
            interval, Locators(t, line), line.Number);
    }

    private static decimal Percent(CsvTable t, CsvLine line, string column) =>
        PrintedPercent.TryParse(t.Get(line, column))?.Value
        ?? throw new DataFileException(t.File, "a verbal figure needs the interval we read it as", line.Number, column, t.Get(line, column),
            "a percentage from 0 to 100 (decimal comma accepted)");

    private static IReadOnlyList<SourceLocator> Locators(CsvTable t, CsvLine line)
    {
        var locators = new List<SourceLocator>();
        foreach (var part in t.Get(line, LedgerColumns.Source).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0 || colon == part.Length - 1)
            {
                throw new DataFileException(t.File, "invalid source locator", line.Number, LedgerColumns.Source, part,
                    "document:section pairs separated by ';', such as pulselife-2025:adoption");
            }
            locators.Add(new SourceLocator(part[..colon], part[(colon + 1)..]));
        }
        return locators;
    }
}
