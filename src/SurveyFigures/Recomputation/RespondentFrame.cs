using Deedle;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Recomputation;

/// <summary>
/// Respondent rows as a Deedle frame (row key: 0-based respondent index, one string column per question),
/// with 0/1 indicator series for "column = value" built once and reused, so that counting a figure is a
/// product and a sum of aligned numeric series.
/// </summary>
public sealed class RespondentFrame
{
    private readonly Dictionary<(string Column, string Value), Series<int, double>> _indicators = [];

    public RespondentFrame(RespondentTable table)
    {
        var keys = Enumerable.Range(0, table.RowCount).ToArray();
        var builder = new FrameBuilder.Columns<int, string>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            builder.Add(table.Columns[c], new Series<int, string>(keys, table.Values[c]));
        }
        Frame = builder.Frame;
        All = new Series<int, double>(keys, Enumerable.Repeat(1.0, keys.Length));
    }

    public Frame<int, string> Frame { get; }
    public int RowCount => Frame.RowCount;

    /// <summary>1 for every respondent.</summary>
    public Series<int, double> All { get; }

    /// <summary>1 where <paramref name="column"/> equals <paramref name="value"/>, 0 elsewhere.</summary>
    public Series<int, double> Indicator(string column, string value)
    {
        if (!_indicators.TryGetValue((column, value), out var series))
        {
            series = Frame.GetColumn<string>(column).SelectValues(v => v == value ? 1.0 : 0.0);
            _indicators[(column, value)] = series;
        }
        return series;
    }

    public static int Count(Series<int, double> indicator) => (int)Math.Round(indicator.Sum());
}
