namespace SurveyFigures.Data;

/// <summary>Checks the references between a ledger and its study.json: bases, parents, sources, readings and residuals.</summary>
internal static class StudyValidator
{

    public static void Validate(Study study)
    {
        var ledger = study.ShownLedgerPath;
        var meta = study.Metadata;
        var shownMeta = Path.Combine(study.ShownFolder, Study.MetadataFile);
        var bases = meta.Bases.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var b in meta.Bases.Where(b => b.Id != BaseDefinition.All))
        {
            // A subgroup is known to the rows either through the figure giving its size or, when no size is published,
            // through a respondent column; without either it would silently be everybody.
            var byColumn = b.Column is not null && b.Value is not null;
            if ((b.Figure is null) == !byColumn || (b.Figure is not null && (b.Column is not null || b.Value is not null)))
            {
                throw new DataFileException(shownMeta, $"base '{b.Id}' must say how its respondents are known", StudyFolderPath.LineOf(Path.Combine(study.Folder, Study.MetadataFile), $"\"{b.Id}\""),
                    "bases", b.Id, "either \"figure\" (the ledger figure giving the subgroup's size) or, for a subgroup of unpublished size, \"column\" and \"value\" (the respondent column and value marking its members)");
            }
            if (byColumn && !LedgerReader.IsColumnName(b.Column!))
            {
                throw new DataFileException(shownMeta, $"base '{b.Id}' names an invalid respondent column", column: "bases.column", value: b.Column, expected: "letters, digits and '_'");
            }
        }
        foreach (var b in meta.Bases.Where(b => b.Figure is not null))
        {
            if (!study.HasFigure(b.Figure!) || study.Figure(b.Figure!).Kind is not (FigureKind.Single or FigureKind.Verbal or FigureKind.Multi) || !bases.Contains(study.Figure(b.Figure!).Base))
            {
                throw new DataFileException(shownMeta, $"base '{b.Id}' names a figure that is not a share giving the subgroup's size", column: "bases.figure", value: b.Figure,
                    expected: "the id of a single-choice, yes/no or verbal figure: the subgroup's share of the sample, or of another subgroup for an intersection (doctors practising in a medical desert)");
            }
            // A subgroup within a subgroup is an intersection; one within itself, however far round, has no size at all.
            var seen = new HashSet<string>(StringComparer.Ordinal) { b.Id };
            for (var within = study.Figure(b.Figure!).Base; within != BaseDefinition.All; within = meta.Bases.First(x => x.Id == within).Figure is { } next ? study.Figure(next).Base : BaseDefinition.All)
            {
                if (!seen.Add(within))
                {
                    throw new DataFileException(shownMeta, $"base '{b.Id}' lies within itself", column: "bases.figure", value: b.Figure,
                        expected: "a figure on 'all' or on another subgroup that does not lead back to this one");
                }
            }
        }
        DesignColumns.Validate(study, shownMeta);
        PopulationMargins.Validate(study, shownMeta);
        try
        {
            RoundingRules.Parse(meta.Rounding);
        }
        catch (ArgumentException e)
        {
            throw new DataFileException(shownMeta, "unknown rounding rule", column: "rounding", value: meta.Rounding,
                expected: "half-up, half-even, half-down, floor, ceiling or up-or-down", inner: e);
        }
        var questions = meta.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var f in study.Figures)
        {
            if (!questions.Contains(f.Question))
            {
                throw new DataFileException(ledger, "unknown question group", f.Line, LedgerColumns.Question, f.Question, $"one of the questions in study.json: {string.Join(", ", questions)}");
            }
            if (!bases.Contains(f.Base))
            {
                throw new DataFileException(ledger, "unknown base", f.Line, LedgerColumns.Base, f.Base, $"one of the bases in study.json: {string.Join(", ", bases)}");
            }
            if (f.Parent is not null)
            {
                if (!study.HasFigure(f.Parent) || f.Parent == f.Id)
                {
                    throw new DataFileException(ledger, "unknown parent figure", f.Line, LedgerColumns.Parent, f.Parent, "the id of another figure in this ledger");
                }
                var parent = study.Figure(f.Parent);
                // Nesting may go deeper (daily ⊂ weekly ⊂ users) through parents that are themselves shares of the base.
                if (parent.Base != f.Base || parent.Kind is FigureKind.Verbal or FigureKind.Aggregate || (parent.Kind == FigureKind.Nested && parent.Of != NestedDenominator.Base) || parent.Column == f.Column)
                {
                    throw new DataFileException(ledger, "a nested figure's parent must be a numeric figure on the same base (a nested one only if it is a share of the base), counted in another column", f.Line, LedgerColumns.Parent, f.Parent,
                        $"a parent on base '{f.Base}' whose column differs from '{f.Column}'");
                }
                var chain = new HashSet<string>(StringComparer.Ordinal) { f.Id };
                for (var up = parent; up is not null; up = up.Parent is { } next && study.HasFigure(next) ? study.Figure(next) : null)
                {
                    if (!chain.Add(up.Id))
                    {
                        throw new DataFileException(ledger, "nested figures whose parents lead back to themselves", f.Line, LedgerColumns.Parent, f.Parent, "a chain of parents that ends at a figure with no parent");
                    }
                }
            }
            if (f.Kind == FigureKind.Aggregate)
            {
                CheckParts(study, f, ledger);
            }
            if (!SpreadsheetSafe.IsSafe(f.Value))
            {
                // respondents.csv would have to write it with a quote in front, and would then not read it back.
                throw new DataFileException(ledger, "a category code a spreadsheet would read as a formula", f.Line, LedgerColumns.Value, f.Value,
                    "a code that does not begin with =, +, -, @, a tab or a carriage return (a number such as -1 is fine)");
            }
            foreach (var locator in f.Versions.SelectMany(v => v.Sources))
            {
                var source = meta.Sources.FirstOrDefault(s => s.Id == locator.Document);
                if (source is null || !source.Sections.ContainsKey(locator.Section))
                {
                    throw new DataFileException(ledger, source is null ? "unknown source document" : "unknown section of the source", f.Line, LedgerColumns.Source, locator.ToString(),
                        "document:section pairs declared under 'sources' in study.json");
                }
            }
        }
        foreach (var printed in meta.SampleSizePrinted ?? [])
        {
            var colon = printed.Source.IndexOf(':');
            var source = colon > 0 ? meta.Sources.FirstOrDefault(s => s.Id == printed.Source[..colon]) : null;
            if (source is null || !source.Sections.ContainsKey(printed.Source[(colon + 1)..]))
            {
                throw new DataFileException(shownMeta, source is null ? "unknown source document" : "unknown section of the source",
                    StudyFolderPath.LineOf(Path.Combine(study.Folder, Study.MetadataFile), $"\"{printed.Source}\""), "sample_size_printed.source", printed.Source,
                    "a document:section pair declared under 'sources', such as pulselife-2025:methodology");
            }
        }
        CheckColumnsAreConsistent(study, ledger);
        foreach (var source in meta.Sources)
        {
            foreach (var section in source.Text?.Sections.Keys ?? Enumerable.Empty<string>())
            {
                if (!source.Sections.ContainsKey(section))
                {
                    throw new DataFileException(shownMeta, $"source '{source.Id}' locates a section its 'sections' do not declare", column: $"sources.{source.Id}.text.sections", value: section,
                        expected: $"one of {string.Join(", ", source.Sections.Keys)}");
                }
            }
            if (PartialDate.TryParse(source.Published) is null)
            {
                throw new DataFileException(shownMeta, "not a date", column: $"sources.{source.Id}.published", value: source.Published, expected: PartialDate.Expected);
            }
        }
        foreach (var r in meta.Readings)
        {
            if (!study.HasFigure(r.Figure) || study.Figure(r.Figure).Kind != FigureKind.Nested)
            {
                throw new DataFileException(shownMeta, "a reading is documented for a figure that is not nested", column: "readings.figure", value: r.Figure, expected: "the id of a nested figure");
            }
            var chosen = NestedDenominators.Name(study.Figure(r.Figure).Of!.Value);
            if (r.Chosen != chosen)
            {
                throw new DataFileException(shownMeta, $"the reading documented here differs from the ledger's column 'of' ({chosen})", column: "readings.chosen", value: r.Chosen, expected: chosen);
            }
        }
        foreach (var r in meta.Residuals)
        {
            if (!SpreadsheetSafe.IsSafe(r.Value))
            {
                throw new DataFileException(shownMeta, "a residual code a spreadsheet would read as a formula", column: "residuals.value", value: r.Value,
                    expected: "a code that does not begin with =, +, -, @, a tab or a carriage return");
            }
            if (study.Figures.All(f => f.Column != r.Column))
            {
                throw new DataFileException(shownMeta, "a residual category is declared for a column no figure uses", column: "residuals.column", value: r.Column, expected: "a column of figures.csv");
            }
        }
    }

    /// <summary>An aggregate adds up distinct categories of one single-choice column, on its own base, so its count is their sum.</summary>
    private static void CheckParts(Study study, Figure aggregate, string ledger)
    {
        Figure? first = null;
        foreach (var id in aggregate.Parts)
        {
            var part = study.HasFigure(id) ? study.Figure(id) : null;
            if (part is null || part.Kind != FigureKind.Single || part.IsBinary || part.Base != aggregate.Base || (first is not null && part.Column != first.Column)
                || aggregate.Parts.Count(p => p == id) > 1)
            {
                throw new DataFileException(ledger, part is null ? "unknown part of an aggregate" : "an aggregate adds up distinct categories of one single-choice column, on the aggregate's base",
                    aggregate.Line, LedgerColumns.Parts, id, $"ids of single-choice figures on base '{aggregate.Base}' that count different values of one column");
            }
            first ??= part;
        }
    }

    /// <summary>A column is either binary (every figure counts value 1) or categorical (no figure counts 1 or 0).</summary>
    private static void CheckColumnsAreConsistent(Study study, string ledger)
    {
        foreach (var group in study.ColumnFigures.GroupBy(f => f.Column))
        {
            var binary = group.First().IsBinary;
            var odd = group.FirstOrDefault(f => f.IsBinary != binary || (!binary && f.Value == Figure.BinaryNo));
            if (odd is not null)
            {
                throw new DataFileException(ledger, $"column '{group.Key}' mixes yes/no (1) and category values", odd.Line, LedgerColumns.Value, odd.Value,
                    "the same kind of value for every figure of a column: 1 for a yes/no column, category codes otherwise");
            }
            var twice = group.GroupBy(f => (f.Base, f.Value)).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                var second = twice.Skip(1).First();
                throw new DataFileException(ledger, $"two figures count the same value of column '{group.Key}' on the same base", second.Line, LedgerColumns.Value, second.Value,
                    "one figure per value and base");
            }
        }
    }
}
