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
        var values = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var column in FillOrder(study))
        {
            values[column] = FillColumn(study, column, rule, values);
        }
        var ids = Enumerable.Range(0, n).Select(i => RespondentTable.RespondentId(i, n)).ToList();
        return new RespondentTable(ids, columns, columns.Select(c => values[c].Select(v => v!).ToArray()).ToList());
    }

    /// <summary>A column comes after the columns that define its figures' subgroup bases and parents.</summary>
    private static IReadOnlyList<string> FillOrder(Study study)
    {
        var pending = study.Columns.ToList();
        var order = new List<string>();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(c => Dependencies(study, c).All(d => d == c || order.Contains(d)));
            if (ready is null)
            {
                var stuck = study.Figures.Where(f => pending.Contains(f.Column)).Select(f => f.Id).ToList();
                throw new ReconstructionConflictException(study.Id, stuck, "their bases and parents depend on each other in a cycle");
            }
            order.Add(ready);
            pending.Remove(ready);
        }
        return order;
    }

    private static IEnumerable<string> Dependencies(Study study, string column) =>
        study.Figures.Where(f => f.Column == column).SelectMany(f =>
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

    private static string?[] FillColumn(Study study, string column, RoundingRule rule, Dictionary<string, string?[]> done)
    {
        var n = study.Metadata.SampleSize;
        var cells = new string?[n];
        var order = StableShuffle.Permutation($"{study.Id}/{column}", n);
        var figures = study.Figures.Where(f => f.Column == column).ToList();
        var residual = figures[0].IsBinary ? Figure.BinaryNo : study.Residual(column)?.Value;
        var scopes = figures.GroupBy(f => (f.Base, f.Parent))
            .Select(g => (Figures: g.ToList(), Rows: ScopeRows(study, g.First(), order, done)))
            .OrderBy(s => s.Rows.Count)
            .ToList();
        foreach (var (scopeFigures, rows) in scopes)
        {
            var targets = Targets(study, scopeFigures, rows.Count, rule, done);
            for (var i = 0; i < scopeFigures.Count; i++)
            {
                Assign(study, scopeFigures[i], targets[i], rows, cells);
            }
            // Close the scope: whatever is left gets the residual, so broader scopes leave it alone.
            foreach (var r in rows.Where(r => cells[r] is null))
            {
                cells[r] = residual ?? throw new ReconstructionConflictException(study.Id, scopeFigures.Select(f => f.Id).ToList(),
                    $"their shares leave respondents of column '{column}' unassigned and study.json declares no residual category for it");
            }
        }
        for (var r = 0; r < n; r++)
        {
            cells[r] ??= residual ?? "";
        }
        return cells;
    }

    /// <summary>Rows (in the column's shuffled order) of a figure's base, restricted to its parent's respondents if nested.</summary>
    private static List<int> ScopeRows(Study study, Figure f, int[] order, Dictionary<string, string?[]> done)
    {
        var inBase = RowFilter(study, f.Base, done);
        Func<int, bool> inParent = _ => true;
        if (f.Parent is not null)
        {
            var parent = study.Figure(f.Parent);
            var parentCells = done[parent.Column];
            inParent = r => parentCells[r] == parent.Value;
        }
        return order.Where(r => inBase(r) && inParent(r)).ToList();
    }

    private static Func<int, bool> RowFilter(Study study, string baseId, Dictionary<string, string?[]> done)
    {
        if (study.Base(baseId).Figure is not { } id)
        {
            return _ => true;
        }
        var defining = study.Figure(id);
        var cells = done[defining.Column];
        return r => cells[r] == defining.Value;
    }

    private static int[] Targets(Study study, List<Figure> figures, int scopeSize, RoundingRule rule, Dictionary<string, string?[]> done)
    {
        var first = figures[0];
        // Nested shares of the base are counted against the base, not against the parent's respondents.
        var denominator = first.Kind == FigureKind.Nested && first.Of == NestedDenominator.Base
            ? Enumerable.Range(0, study.Metadata.SampleSize).Count(RowFilter(study, first.Base, done))
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

    private static void Assign(Study study, Figure f, int target, List<int> rows, string?[] cells)
    {
        var already = rows.Count(r => cells[r] == f.Value);
        var free = rows.Where(r => cells[r] is null).Take(target - already).ToList();
        if (target < already || free.Count < target - already)
        {
            var others = study.Figures.Where(o => o.Column == f.Column && o.Id != f.Id).Select(o => o.Id);
            throw new ReconstructionConflictException(study.Id, others.Prepend(f.Id).ToList(),
                $"{f.Id} needs {target} respondents with {f.Column} = {f.Value} among {rows.Count}, but {already} are already set by narrower figures and {rows.Count(r => cells[r] is null)} are free");
        }
        foreach (var r in free)
        {
            cells[r] = f.Value;
        }
    }
}
