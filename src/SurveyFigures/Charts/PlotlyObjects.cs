using Microsoft.FSharp.Collections;
using Plotly.NET;
using PlotObject = DynamicObj.DynamicObj;

namespace SurveyFigures.Charts;

/// <summary>
/// Builds Plotly.NET objects from C# without its F# optional-argument API: traces, layouts and nested
/// objects are dynamic objects whose properties are plotly.js attribute names, set in a fixed order
/// (so the JSON is the same for the same input). Null values are left out.
/// </summary>
internal static class PlotlyObjects
{
    public static PlotObject Obj(params (string Name, object? Value)[] properties) => Fill(new PlotObject(), properties);

    public static Trace2D Trace(string type, params (string Name, object? Value)[] properties) => Fill(new Trace2D(type), properties);

    public static Layout Layout(params (string Name, object? Value)[] properties) => Fill(new Layout(), properties);

    public static GenericChart Chart(IEnumerable<Trace> traces, Layout layout)
    {
        var list = traces.ToList();
        ChartLayout.FitLegend(list, layout);
        return GenericChart.NewMultiChart(ListModule.OfSeq(list), layout, new Config(), new DisplayOptions());
    }

    /// <summary>The layout attribute name of an axis: "xaxis", "xaxis2", …</summary>
    public static string AxisName(char letter, int index) => index <= 1 ? $"{letter}axis" : $"{letter}axis{index}";

    /// <summary>The trace attribute value naming an axis: "x", "x2", …</summary>
    public static string AxisRef(char letter, int index) => index <= 1 ? $"{letter}" : $"{letter}{index}";

    private static T Fill<T>(T target, (string Name, object? Value)[] properties) where T : PlotObject
    {
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                target.SetProperty(name, value);
            }
        }
        return target;
    }
}
