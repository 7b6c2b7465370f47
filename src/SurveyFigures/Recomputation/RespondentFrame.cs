using SurveyFigures.Statistics;
using Deedle;
using Deedle.Indices.Linear;
using Deedle.Vectors;
using Deedle.Vectors.ArrayVector;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Recomputation;

/// <summary>
/// Respondent rows as a Deedle frame (row key: 0-based respondent index, one string column per question).
/// Figures are counted on row sets extracted from the frame's columns once per "column = value"
/// (<see cref="Rows"/>): a count is a bitwise AND and a population count, which gives exactly the sum of the
/// product of the 0/1 indicator series (<see cref="Indicator"/>) that the frame also offers, without Deedle's
/// per-operation index alignment and allocation (see README, Performance).
/// </summary>
internal sealed class RespondentFrame
{
    private readonly Dictionary<(string Column, string Value), RowMask> _rows = [];
    private readonly Dictionary<(string Column, string Value), Series<int, double>> _indicators = [];
    private readonly Lazy<Series<int, double>> _all;
    private readonly string[] _buffer;
    private string? _bufferColumn;

    public RespondentFrame(RespondentTable table)
    {
        // One row index shared by every column: columns built each on its own copy of the keys would be
        // realigned against each other when the frame is assembled (seconds per million rows and column).
        var rowIndex = Deedle.Index.Create(Enumerable.Range(0, table.RowCount).ToArray());
        var builder = new FrameBuilder.Columns<int, string>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            builder.Add(table.Columns[c], new Series<int, string>(rowIndex, ArrayVectorBuilder.Instance.Create(table.Values[c]), ArrayVectorBuilder.Instance, LinearIndexBuilder.Instance));
        }
        Frame = builder.Frame;
        AllRows = RowMask.All(table.RowCount);
        _buffer = new string[table.RowCount];
        _all = new(() => OverRowIndex(AllRows.ToIndicator()));
        Weights = table.Design is { } design ? new WeightedRows(design) : null;
    }

    /// <summary>The survey weights of weighted microdata; null when every respondent counts once.</summary>
    public WeightedRows? Weights { get; }

    public Frame<int, string> Frame { get; }
    public int RowCount => Frame.RowCount;

    /// <summary>Every respondent.</summary>
    public RowMask AllRows { get; }

    /// <summary>1 for every respondent.</summary>
    public Series<int, double> All => _all.Value;

    /// <summary>The respondents whose <paramref name="column"/> equals <paramref name="value"/>, read from the frame once and kept.</summary>
    public RowMask Rows(string column, string value)
    {
        if (!_rows.TryGetValue((column, value), out var rows))
        {
            rows = RowMask.Where(ColumnValues(column), value);
            _rows[(column, value)] = rows;
        }
        return rows;
    }

    /// <summary>1 where <paramref name="column"/> equals <paramref name="value"/>, 0 elsewhere, over the frame's own row index.</summary>
    public Series<int, double> Indicator(string column, string value)
    {
        if (!_indicators.TryGetValue((column, value), out var series))
        {
            series = OverRowIndex(Rows(column, value).ToIndicator());
            _indicators[(column, value)] = series;
        }
        return series;
    }

    public static int Count(Series<int, double> indicator) => (int)Math.Round(indicator.Sum());

    /// <summary>
    /// A column's values in row order. The frame's row index is 0…n−1 in order, so the position in the column's
    /// vector is the respondent index. A dense vector is copied (a block copy) into one buffer reused for every
    /// column, since a fresh copy per column would put hundreds of megabytes on the large-object heap at a million
    /// rows; any other vector is read value by value, missing as null.
    /// </summary>
    private string?[] ColumnValues(string column)
    {
        if (_bufferColumn == column)
        {
            return _buffer;
        }
        var series = Frame.GetColumn<string>(column);
        if (series.Vector.Data is VectorData<string>.DenseList { Item: ICollection<string> dense } && dense.Count == RowCount)
        {
            dense.CopyTo(_buffer, 0);
        }
        else
        {
            var r = 0;
            foreach (var value in series.GetAllValues())
            {
                _buffer[r++] = value.HasValue ? value.Value : null!;
            }
        }
        _bufferColumn = column;
        return _buffer;
    }

    /// <summary>A numeric series sharing the frame's row index, so Deedle arithmetic between such series needs no realignment.</summary>
    private Series<int, double> OverRowIndex(double[] values) =>
        new(Frame.RowIndex, ArrayVectorBuilder.Instance.Create(values), ArrayVectorBuilder.Instance, LinearIndexBuilder.Instance);
}
