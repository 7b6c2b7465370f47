using System.Text.RegularExpressions;

namespace SurveyFigures.Data;

/// <summary>
/// Reads a ledger (figures.csv) into figures, checking each field on its own line. Cross-references
/// (bases, parents, sources) are checked by <see cref="StudyValidator"/> once study.json is known.
/// </summary>
internal static partial class LedgerReader
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ColumnPattern();

    /// <summary>Whether a name can be a respondent column: letters, digits and '_', not starting with a digit.</summary>
    internal static bool IsColumnName(string name) => ColumnPattern().IsMatch(name);

    public static IReadOnlyList<Figure> Read(CsvTable table)
    {
        table.RequireColumns(LedgerColumns.Required, LedgerColumns.Optional);
        // Rows sharing an id are versions of one item, in file order; the first row defines the item.
        var items = new List<(Figure Item, List<PrintedVersion> Versions)>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in table.Lines)
        {
            var id = table.Get(line, LedgerColumns.Id);
            if (byId.TryGetValue(id, out var index))
            {
                var (item, versions) = items[index];
                versions.Add(ReadVersion(table, line, item, versions));
                continue;
            }
            var figure = ReadItem(table, line);
            byId[figure.Id] = items.Count;
            items.Add((figure, [figure.Primary]));
        }
        return items.Select(i => i.Item with { Versions = i.Versions }).ToList();
    }

    private static Figure ReadItem(CsvTable t, CsvLine line)
    {
        string Field(string column) => t.Get(line, column);
        DataFileException Bad(string column, string problem, string expected) =>
            new(t.File, problem, line.Number, column, Field(column), expected);

        var id = Field(LedgerColumns.Id);
        if (!Ids.IsValid(id))
        {
            throw Bad(LedgerColumns.Id, "invalid figure id", "lower-case words joined by '.' or '-', such as usage.several-times-a-day");
        }
        var kind = Field(LedgerColumns.Kind) switch
        {
            "single" => FigureKind.Single,
            "multi" => FigureKind.Multi,
            "nested" => FigureKind.Nested,
            "verbal" => FigureKind.Verbal,
            "aggregate" => FigureKind.Aggregate,
            _ => throw Bad(LedgerColumns.Kind, "unknown kind", "one of single, multi, nested, verbal, aggregate"),
        };
        t.RequireValues(line, [LedgerColumns.Question, LedgerColumns.LabelFr, LedgerColumns.LabelEn, LedgerColumns.Printed, LedgerColumns.Base, LedgerColumns.Source]);
        var column = Field(LedgerColumns.Column);
        var parts = Field(LedgerColumns.Parts).Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (kind == FigureKind.Aggregate)
        {
            if (parts.Length < 2 || parts.Any(p => !Ids.IsValid(p)))
            {
                throw Bad(LedgerColumns.Parts, "an aggregate needs the figures it adds up", "two or more figure ids joined by '+', such as a.x + a.y");
            }
            if (column.Length > 0 || Field(LedgerColumns.Value).Length > 0)
            {
                throw Bad(column.Length > 0 ? LedgerColumns.Column : LedgerColumns.Value, "an aggregate counts its parts, not a column of its own", "an empty field");
            }
        }
        else
        {
            if (parts.Length > 0)
            {
                throw Bad(LedgerColumns.Parts, "only aggregates have parts", "an empty field, or kind 'aggregate'");
            }
            if (!ColumnPattern().IsMatch(column))
            {
                throw Bad(LedgerColumns.Column, "invalid respondent column name", "a name of letters, digits and '_' (the column of respondents.csv this figure counts)");
            }
            if (Field(LedgerColumns.Value).Length == 0)
            {
                throw Bad(LedgerColumns.Value, "empty field", "the value of the column this figure counts (1 for a yes/no column)");
            }
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
            of = NestedDenominators.Parse(ofText)
                ?? throw Bad(LedgerColumns.Of, "unknown reading of a nested share", "'base' (share of the whole base) or 'parent' (share of the parent's count)");
        }
        else if (parent.Length > 0 || ofText.Length > 0)
        {
            throw Bad(parent.Length > 0 ? LedgerColumns.Parent : LedgerColumns.Of, "only nested figures have a parent and a reading", "an empty field, or kind 'nested'");
        }
        var version = Version(t, line, words: kind == FigureKind.Verbal);
        return new Figure(id, Field(LedgerColumns.Question), kind, new LocalizedText(Field(LedgerColumns.LabelFr), Field(LedgerColumns.LabelEn)),
            Field(LedgerColumns.Base), parent.Length == 0 ? null : parent, of, parts, column, Field(LedgerColumns.Value), [version]);
    }

    /// <summary>A later row for an item: another source's printing. Item columns stay empty or repeat the first row's.</summary>
    private static PrintedVersion ReadVersion(CsvTable t, CsvLine line, Figure item, IReadOnlyList<PrintedVersion> earlier)
    {
        foreach (var column in LedgerColumns.Item)
        {
            var value = t.Get(line, column);
            var first = ItemField(item, column);
            if (value.Length > 0 && value != first)
            {
                throw new DataFileException(t.File, $"a second row for figure '{item.Id}' (another printed version) changes what the figure measures; first row on line {item.Line}",
                    line.Number, column, value, first.Length == 0 ? "an empty field" : $"an empty field or \"{first}\", as on the first row");
            }
        }
        t.RequireValues(line, [LedgerColumns.Printed, LedgerColumns.Source]);
        // Words are told from numbers by the printed text itself: another source may write "près de 9 sur 10" for 88 %.
        var version = Version(t, line, words: !IsCount(t, line) && PrintedPercent.TryParse(t.Get(line, LedgerColumns.Printed)) is null);
        var cited = earlier.SelectMany(v => v.Documents).ToHashSet(StringComparer.Ordinal);
        if (version.Documents.All(cited.Contains))
        {
            throw new DataFileException(t.File, $"duplicate figure id (first on line {item.Line}): a second row for an item is another source's version, but this one cites only documents an earlier row cites",
                line.Number, LedgerColumns.Source, t.Get(line, LedgerColumns.Source), "a document no earlier row of this figure cites; a figure printed twice in one document is one row with both locators");
        }
        return version;
    }

    private static string ItemField(Figure f, string column) => column switch
    {
        LedgerColumns.Question => f.Question,
        LedgerColumns.Kind => KindName(f.Kind),
        LedgerColumns.LabelFr => f.Label.Fr,
        LedgerColumns.LabelEn => f.Label.En,
        LedgerColumns.Base => f.Base,
        LedgerColumns.Parent => f.Parent ?? "",
        LedgerColumns.Of => f.Of is { } of ? NestedDenominators.Name(of) : "",
        LedgerColumns.Parts => string.Join(" + ", f.Parts),
        LedgerColumns.Column => f.Column,
        LedgerColumns.Value => f.Value,
        _ => "",
    };

    /// <summary>The kind as written in figures.csv.</summary>
    public static string KindName(FigureKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The printed value of one row: a number (maybe qualified) or words read as an interval, with its locators and note.</summary>
    private static PrintedVersion Version(CsvTable t, CsvLine line, bool words)
    {
        string Field(string column) => t.Get(line, column);
        DataFileException Bad(string column, string problem, string expected) =>
            new(t.File, problem, line.Number, column, Field(column), expected);

        var printed = Field(LedgerColumns.Printed);
        var qualifier = Qualifiers.Parse(Field(LedgerColumns.Qualifier))
            ?? throw Bad(LedgerColumns.Qualifier, "unknown qualifier", $"empty (a plain number) or one of {string.Join(", ", Qualifiers.Names)}");
        PrintedPercent? percent = null;
        VerbalInterval? interval = null;
        if (IsCount(t, line))
        {
            return CountVersion(t, line, words, qualifier);
        }
        if (words)
        {
            if (qualifier != Qualifier.None)
            {
                throw Bad(LedgerColumns.Qualifier, "a qualifier goes with a printed number", "an empty field: words are read through read_low and read_high");
            }
            interval = new VerbalInterval(Percent(t, line, LedgerColumns.ReadLow), Percent(t, line, LedgerColumns.ReadHigh));
            if (interval.Value.Low > interval.Value.High)
            {
                throw Bad(LedgerColumns.ReadHigh, $"interval ends below its start ({interval.Value.Low})", "read_high ≥ read_low");
            }
        }
        else
        {
            percent = PrintedPercent.TryParse(printed) ?? throw Bad(LedgerColumns.Printed, "not a printed percentage",
                "a number from 0 to 100 as printed, such as 54 or 12.5 (decimal comma accepted), without the % sign; a word such as 'plus de' goes in 'qualifier'");
            foreach (var column in new[] { LedgerColumns.ReadLow, LedgerColumns.ReadHigh })
            {
                if (Field(column).Length > 0)
                {
                    throw Bad(column, "only words are read as an interval", "an empty field: a number's reading follows from the rounding rule and its qualifier");
                }
            }
        }
        var sameSentence = Field(LedgerColumns.Words);
        if (words && sameSentence.Length > 0)
        {
            throw Bad(LedgerColumns.Words, "words printed beside a number go with that number", "an empty field: this version is printed in words already");
        }
        return new PrintedVersion(printed, percent, qualifier, interval, Locators(t, line), Field(LedgerColumns.Note), line.Number) { Words = sameSentence };
    }

    /// <summary>Whether a row prints a count rather than a share (column <c>unit</c>: empty or <c>percent</c> for a share, <c>count</c> for a count).</summary>
    private static bool IsCount(CsvTable t, CsvLine line) => t.Get(line, LedgerColumns.Unit) switch
    {
        "" or "percent" => false,
        "count" => true,
        var other => throw new DataFileException(t.File, "unknown unit", line.Number, LedgerColumns.Unit, other,
            "empty or 'percent' (a share, as most figures are) or 'count' (a number of respondents, such as 197 of 1 850)"),
    };

    /// <summary>
    /// A count printed instead of a share ("197 patients"): a whole number, with spaces between groups of digits as
    /// French prints them ("1 850"); exactly that many, or with a qualifier more than or at least that many.
    /// </summary>
    private static PrintedVersion CountVersion(CsvTable t, CsvLine line, bool words, Qualifier qualifier)
    {
        string Field(string column) => t.Get(line, column);
        DataFileException Bad(string column, string problem, string expected) =>
            new(t.File, problem, line.Number, column, Field(column), expected);

        if (words)
        {
            throw Bad(LedgerColumns.Unit, "a figure printed in words is not a count", "an empty field, or a kind other than 'verbal' for a printed count");
        }
        if (qualifier is not (Qualifier.None or Qualifier.MoreThan or Qualifier.AtLeast))
        {
            throw Bad(LedgerColumns.Qualifier, "a count can only be exact or a lower bound", "empty, 'more-than' or 'at-least'");
        }
        var digits = string.Concat(Field(LedgerColumns.Printed).Where(c => c is not (' ' or '\u00A0' or '\u202F')));
        if (digits.Length is 0 or > 9 || !digits.All(char.IsAsciiDigit) || Field(LedgerColumns.Printed) != Field(LedgerColumns.Printed).Trim())
        {
            throw Bad(LedgerColumns.Printed, "not a printed count", "a whole number of respondents as printed, such as 197 or 1 850 (spaces between groups of digits only)");
        }
        foreach (var column in new[] { LedgerColumns.ReadLow, LedgerColumns.ReadHigh })
        {
            if (Field(column).Length > 0)
            {
                throw Bad(column, "only words are read as an interval", "an empty field: a count says how many respondents it counts");
            }
        }
        return new PrintedVersion(Field(LedgerColumns.Printed), null, qualifier, null, Locators(t, line), Field(LedgerColumns.Note), line.Number)
        {
            Words = Field(LedgerColumns.Words),
            Count = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static decimal Percent(CsvTable t, CsvLine line, string column) =>
        PrintedPercent.TryParse(t.Get(line, column))?.Value
        ?? throw new DataFileException(t.File, "a figure printed in words needs the interval we read it as", line.Number, column, t.Get(line, column),
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
