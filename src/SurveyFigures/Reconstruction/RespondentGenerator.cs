using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Reconstruction;

/// <summary>
/// Builds a synthetic respondent-level table that reproduces every figure of a ledger at once.
/// Columns are filled one at a time, each in its own fixed pseudo-random order of respondents
/// (so columns are independent unless a figure ties them). Within a column, the narrowest scope
/// (a subgroup, or the respondents inside a parent figure) is filled first and then closed, so a
/// broader figure on the same column cannot disturb it. Any figure that cannot be met stops the
/// generator with the figures in conflict named.
/// </summary>
public static class RespondentGenerator
{
    public static RespondentTable Generate(Study study, RoundingRule rule)
    {
        var n = study.Metadata.SampleSize;
        var columns = study.Columns;
        var byColumn = study.ColumnFigures.GroupBy(f => f.Column, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var column in FillOrder(study, columns, byColumn))
        {
            values[column] = FillColumn(study, column, byColumn[column], rule, values);
        }
        var ids = Enumerable.Range(0, n).Select(i => RespondentTable.RespondentId(i, n)).ToList();
        return new RespondentTable(ids, columns, columns.Select(c => values[c]).ToList());
    }

    /// <summary>A column comes after the columns that define its figures' subgroup bases and parents.</summary>
    private static IReadOnlyList<string> FillOrder(Study study, IReadOnlyList<string> columns, Dictionary<string, List<Figure>> byColumn)
    {
        var dependencies = columns.ToDictionary(c => c, c => Dependencies(study, byColumn[c]).Where(d => d != c).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var pending = columns.ToList();
        var order = new List<string>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var index = pending.FindIndex(c => dependencies[c].All(placed.Contains));
            if (index < 0)
            {
                var stuck = pending.ToHashSet(StringComparer.Ordinal);
                throw new ReconstructionConflictException(study.Id, study.Figures.Where(f => stuck.Contains(f.Column)).Select(f => f.Id).ToList(),
                    "their bases and parents depend on each other in a cycle");
            }
            var ready = pending[index];
            order.Add(ready);
            placed.Add(ready);
            pending.RemoveAt(index);
        }
        return order;
    }

    private static IEnumerable<string> Dependencies(Study study, List<Figure> figures) =>
        figures.SelectMany(f =>
        {
            var deps = new List<string>();
            if (study.Base(f.Base).Figure is { } baseFigure)
            {
                deps.Add(study.Figure(baseFigure).Column);
            }
            if (f.Parent is not null)
            {
                deps.Add(study.Figure(f.Parent).Column);
            }
            return deps;
        });

    private static string[] FillColumn(Study study, string column, List<Figure> figures, RoundingRule rule, Dictionary<string, string[]> done)
    {
        var n = study.Metadata.SampleSize;
        // Null until assigned; every cell is set before the column is returned.
        var cells = new string[n];
        var order = StableShuffle.Permutation($"{study.Id}/{column}", n);
        var residual = figures[0].IsBinary ? Figure.BinaryNo : study.Residual(column)?.Value;
        var scopes = figures.GroupBy(f => (f.Base, f.Parent))
            .Select(g => (Figures: g.ToList(), Rows: ScopeRows(study, g.First(), order, done)))
            .OrderBy(s => s.Rows.Count)
            .ToList();
        foreach (var (scopeFigures, rows) in scopes)
        {
            var targets = Targets(study, scopeFigures, rows.Count, rule, done);
            // Rows before the cursor are all assigned: each figure takes the first free rows after the previous one's.
            var cursor = 0;
            for (var i = 0; i < scopeFigures.Count; i++)
            {
                cursor = Assign(study, scopeFigures[i], targets[i], rows, cells, cursor);
            }
            // Close the scope: whatever is left gets the residual, so broader scopes leave it alone.
            foreach (var r in rows)
            {
                if (cells[r] is null)
                {
                    cells[r] = residual ?? throw new ReconstructionConflictException(study.Id, scopeFigures.Select(f => f.Id).ToList(),
                        $"their shares leave respondents of column '{column}' unassigned and study.json declares no residual category for it");
                }
            }
        }
        for (var r = 0; r < n; r++)
        {
            cells[r] ??= residual ?? "";
        }
        return cells;
    }

    /// <summary>Rows (in the column's shuffled order) of a figure's base, restricted to its parent's respondents if nested.</summary>
    private static List<int> ScopeRows(Study study, Figure f, int[] order, Dictionary<string, string[]> done)
    {
        var (baseCells, baseValue) = BaseCells(study, f.Base, done);
        var (parentCells, parentValue) = f.Parent is null ? (null, null) : (done[study.Figure(f.Parent).Column], study.Figure(f.Parent).Value);
        var rows = new List<int>(baseCells is null && parentCells is null ? order.Length : 0);
        foreach (var r in order)
        {
            if ((baseCells is null || baseCells[r] == baseValue) && (parentCells is null || parentCells[r] == parentValue))
            {
                rows.Add(r);
            }
        }
        return rows;
    }

    /// <summary>The column and value that define a subgroup base, or (null, null) for everybody.</summary>
    private static (string[]? Cells, string? Value) BaseCells(Study study, string baseId, Dictionary<string, string[]> done)
    {
        if (study.Base(baseId).Figure is not { } id)
        {
            return (null, null);
        }
        var defining = study.Figure(id);
        return (done[defining.Column], defining.Value);
    }

    private static int[] Targets(Study study, List<Figure> figures, int scopeSize, RoundingRule rule, Dictionary<string, string[]> done)
    {
        var first = figures[0];
        // Nested shares of the base are counted against the base, not against the parent's respondents.
        var denominator = first.Kind == FigureKind.Nested && first.Of == NestedDenominator.Base
            ? BaseSize(study, first.Base, done)
            : scopeSize;
        var categorical = figures.Where(f => f.Kind == FigureKind.Single && !f.IsBinary).ToList();
        if (categorical.Count == figures.Count && categorical.Count > 0)
        {
            return TargetCounts.ForCategories(figures, denominator, rule, study.Residual(first.Column) is not null)
                ?? throw new ReconstructionConflictException(study.Id, figures.Select(f => f.Id).ToList(),
                    $"no counts print as published and add up to the {denominator} respondents of base '{first.Base}'");
        }
        return figures.Select(f => TargetCounts.For(f, denominator, rule)
            ?? throw new ReconstructionConflictException(study.Id, [f.Id], $"no count out of {denominator} prints as {f.PrintedDisplay}")).ToArray();
    }

    private static int BaseSize(Study study, string baseId, Dictionary<string, string[]> done)
    {
        var (cells, value) = BaseCells(study, baseId, done);
        if (cells is null)
        {
            return study.Metadata.SampleSize;
        }
        var count = 0;
        foreach (var cell in cells)
        {
            count += cell == value ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// Gives <paramref name="f"/>'s value to the first free rows of the scope from <paramref name="cursor"/> on, until
    /// <paramref name="target"/> rows hold it; returns where the next figure of the scope starts looking.
    /// </summary>
    private static int Assign(Study study, Figure f, int target, List<int> rows, string[] cells, int cursor)
    {
        var already = 0;
        foreach (var r in rows)
        {
            already += cells[r] == f.Value ? 1 : 0;
        }
        var needed = target - already;
        var free = new List<int>(Math.Max(0, needed));
        var position = cursor;
        for (; free.Count < needed && position < rows.Count; position++)
        {
            if (cells[rows[position]] is null)
            {
                free.Add(rows[position]);
            }
        }
        if (target < already || free.Count < needed)
        {
            var others = study.Figures.Where(o => o.Column == f.Column && o.Id != f.Id).Select(o => o.Id);
            throw new ReconstructionConflictException(study.Id, others.Prepend(f.Id).ToList(),
                $"{f.Id} needs {target} respondents with {f.Column} = {f.Value} among {rows.Count}, but {already} are already set by narrower figures and {rows.Count(r => cells[r] is null)} are free");
        }
        foreach (var r in free)
        {
            cells[r] = f.Value;
        }
        return position;
    }
}
