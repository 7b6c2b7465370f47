using System.Collections;
using SurveyFigures.Notebook.Formatting;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>Figure rows with a caption and, when it applies, the synthetic-data note; displays as an HTML table.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class FigureTable(string caption, string? note, IReadOnlyList<string> columns, IReadOnlyList<FigureRow> rows, string language = "en") : IReadOnlyList<FigureRow>
{
    /// <summary>The column headings, in the table's language, one per entry of each row's <see cref="FigureRow.Cells"/>.</summary>
    public IReadOnlyList<string> Columns { get; } = columns;
    /// <summary>"en" or "fr": the language of the column headers.</summary>
    public string Language { get; } = language;
    public string Caption { get; } = caption;
    public string? Note { get; } = note;
    public IReadOnlyList<FigureRow> Rows { get; } = rows;

    public FigureRow this[int index] => Rows[index];
    public int Count => Rows.Count;
    public IEnumerator<FigureRow> GetEnumerator() => Rows.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
