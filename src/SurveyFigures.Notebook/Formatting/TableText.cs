using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>Plain-text tables, for text-only front ends and logs.</summary>
public static class TableText
{
    public static string Render(FigureTable table) =>
        Render(table.Caption, table.Columns, table.Rows.Select(r => r.Cells).ToList(), table.Note);

    public static string Render(TextTable table) => Render(table.Caption, table.Columns, table.Rows, table.Note);

    private static string Render(string caption, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, string? note)
    {
        var widths = columns.Select((c, i) => Math.Min(60, rows.Select(r => r[i].Length).Append(c.Length).Max())).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join(" | ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();
        var lines = new List<string> { caption, Line(columns), string.Join("-+-", widths.Select(w => new string('-', w))) };
        lines.AddRange(rows.Select(Line));
        if (note is not null)
        {
            lines.Add(note);
        }
        return string.Join("\n", lines);
    }
}
