using System.Net;
using System.Reflection;
using System.Text;
using Deedle;
using Microsoft.DotNet.Interactive.Formatting;

namespace SurveyFigures.Interactive;

/// <summary>
/// Deedle frames and series as HTML tables (and aligned text): the first <see cref="MaxRows"/> rows and
/// <see cref="MaxColumns"/> columns, missing values as "N/A", with the full size stated under the table.
/// </summary>
internal static class DeedleFormatters
{
    public const int MaxRows = 20;
    public const int MaxColumns = 20;

    public static void Register()
    {
        Formatter.Register(typeof(Frame<,>), (value, writer) => writer.Write(Invoke(nameof(FrameTable), value).Html()), "text/html");
        Formatter.Register(typeof(Frame<,>), (value, writer) => writer.Write(Invoke(nameof(FrameTable), value).Text()), "text/plain");
        Formatter.Register(typeof(Series<,>), (value, writer) => writer.Write(Invoke(nameof(SeriesTable), value).Html()), "text/html");
        Formatter.Register(typeof(Series<,>), (value, writer) => writer.Write(Invoke(nameof(SeriesTable), value).Text()), "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(Frame<,>), "text/html");
        Formatter.SetPreferredMimeTypesFor(typeof(Series<,>), "text/html");
    }

    // Frame<R, C> and Series<K, V> are generic: call the typed method with the value's own type arguments.
    private static Table Invoke(string method, object value)
    {
        var type = value.GetType();
        while (type.BaseType is not null && !(type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Frame<,>) || d == typeof(Series<,>))))
        {
            type = type.BaseType;
        }
        var generic = typeof(DeedleFormatters).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type.GetGenericArguments());
        return (Table)generic.Invoke(null, [value])!;
    }

    private static Table FrameTable<TRow, TColumn>(Frame<TRow, TColumn> frame)
        where TRow : notnull
        where TColumn : notnull
    {
        var columns = frame.ColumnKeys.Take(MaxColumns).ToList();
        var rowKeys = frame.RowKeys.Take(MaxRows).ToList();
        var cells = rowKeys.Select(_ => new string[columns.Count]).ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = frame.GetColumn<object>(columns[c]);
            for (var r = 0; r < rowKeys.Count; r++)
            {
                var value = column.TryGetAt(r);
                cells[r][c] = value.HasValue ? Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "N/A";
            }
        }
        var size = $"{frame.RowCount} rows × {frame.ColumnCount} columns";
        return new Table(columns.Select(c => $"{c}").ToList(), rowKeys.Select(k => $"{k}").ToList(), cells, size);
    }

    private static Table SeriesTable<TKey, TValue>(Series<TKey, TValue> series)
        where TKey : notnull
    {
        var keys = series.Keys.Take(MaxRows).ToList();
        var cells = keys.Select((_, i) =>
        {
            var value = series.TryGetAt(i);
            return new[] { value.HasValue ? Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "N/A" };
        }).ToList();
        return new Table(["value"], keys.Select(k => $"{k}").ToList(), cells, $"{series.KeyCount} values");
    }

    private sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, IReadOnlyList<string[]> Cells, string Size)
    {
        public string Html()
        {
            var html = new StringBuilder("<table class=\"deedle\"><thead><tr><th></th>");
            foreach (var column in Columns)
            {
                html.Append("<th>").Append(WebUtility.HtmlEncode(column)).Append("</th>");
            }
            html.Append("</tr></thead><tbody>");
            for (var r = 0; r < Rows.Count; r++)
            {
                html.Append("<tr><th>").Append(WebUtility.HtmlEncode(Rows[r])).Append("</th>");
                foreach (var cell in Cells[r])
                {
                    html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
                }
                html.Append("</tr>");
            }
            return html.Append("</tbody></table><p>").Append(WebUtility.HtmlEncode(Size)).Append("</p>").ToString();
        }

        public string Text()
        {
            var widths = Enumerable.Range(0, Columns.Count)
                .Select(c => Math.Max(Columns[c].Length, Cells.Select(r => r[c].Length).DefaultIfEmpty(0).Max())).ToList();
            var keyWidth = Rows.Select(r => r.Length).DefaultIfEmpty(0).Max();
            var text = new StringBuilder(new string(' ', keyWidth));
            for (var c = 0; c < Columns.Count; c++)
            {
                text.Append("  ").Append(Columns[c].PadLeft(widths[c]));
            }
            text.Append('\n');
            for (var r = 0; r < Rows.Count; r++)
            {
                text.Append(Rows[r].PadRight(keyWidth));
                for (var c = 0; c < Columns.Count; c++)
                {
                    text.Append("  ").Append(Cells[r][c].PadLeft(widths[c]));
                }
                text.Append('\n');
            }
            return text.Append(Size).ToString();
        }
    }
}
