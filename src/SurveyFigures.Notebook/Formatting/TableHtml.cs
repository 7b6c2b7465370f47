using System.Text;
using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>Result tables as HTML, every cell escaped.</summary>
public static class TableHtml
{
    public static string Render(FigureTable table) => Render(table.Caption, table.Columns, table.Rows.Select(r => r.Cells), table.Note);

    public static string Render(TextTable table) => Render(table.Caption, table.Columns, table.Rows, table.Note);

    private static string Render(string caption, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, string? note)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"survey-figures\">");
        html.Append("<caption>").Append(Html.Escape(caption)).Append("</caption><thead><tr>");
        foreach (var c in columns)
        {
            html.Append("<th>").Append(Html.Escape(c)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Html.Escape(cell)).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (note is not null)
        {
            html.Append("<p class=\"survey-figures-note\"><em>").Append(Html.Escape(note)).Append("</em></p>");
        }
        return html.ToString();
    }
}
