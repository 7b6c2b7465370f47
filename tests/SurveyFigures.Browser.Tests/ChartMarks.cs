using System.Text.Json;
using System.Text.RegularExpressions;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// How many marks a chart should draw, from its plotly JSON (one per bar, one per marker of a scatter trace drawn
/// with markers), and how many it did draw, from the dumped DOM (<c>g.point</c> for bars, <c>path.point</c> for markers).
/// </summary>
internal static partial class ChartMarks
{
    [GeneratedRegex("<(?:g|path) class=\"point\"")]
    private static partial Regex PointPattern();

    public static int Expected(string figureJson)
    {
        using var figure = JsonDocument.Parse(figureJson);
        var marks = 0;
        foreach (var trace in figure.RootElement.GetProperty("data").EnumerateArray())
        {
            var type = trace.TryGetProperty("type", out var t) ? t.GetString() : "scatter";
            var mode = trace.TryGetProperty("mode", out var m) ? m.GetString() ?? "" : "markers";
            var drawsMarks = type == "bar" || (type == "scatter" && mode.Split('+').Contains("markers"));
            if (drawsMarks && trace.TryGetProperty("x", out var x))
            {
                marks += x.EnumerateArray().Count(v => v.ValueKind == JsonValueKind.Number);
            }
        }
        return marks;
    }

    public static int Drawn(string chartDom) => PointPattern().Matches(chartDom).Count;
}
