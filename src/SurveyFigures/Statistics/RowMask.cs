using System.Numerics;

namespace SurveyFigures.Statistics;

/// <summary>
/// A set of respondent rows as a bit per row (row r is bit r % 64 of word r / 64), so that counting the respondents
/// in several sets at once is a bitwise AND and a population count: exact, and without index alignment.
/// </summary>
internal sealed class RowMask
{
    private readonly ulong[] _words;

    private RowMask(ulong[] words, int rowCount)
    {
        _words = words;
        RowCount = rowCount;
        Count = Popcount(words);
    }

    /// <summary>Rows in the table the mask is over (set or not).</summary>
    public int RowCount { get; }

    /// <summary>Rows in the set.</summary>
    public int Count { get; }

    /// <summary>Whether row <paramref name="row"/> is in the set.</summary>
    public bool Contains(int row) => (uint)row < (uint)RowCount && (_words[row >> 6] & (1UL << row)) != 0;

    /// <summary>The set's bits, row r at bit r % 64 of word r / 64, for loops that visit members without an iterator.</summary>
    internal ReadOnlySpan<ulong> Bits => _words;

    /// <summary>The rows in the set, in increasing order (one word at a time, skipping empty words).</summary>
    internal IEnumerable<int> Members()
    {
        for (var w = 0; w < _words.Length; w++)
        {
            for (var word = _words[w]; word != 0; word &= word - 1)
            {
                yield return (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
            }
        }
    }

    /// <summary>Every row of a table of <paramref name="rowCount"/> rows.</summary>
    public static RowMask All(int rowCount)
    {
        var words = new ulong[Words(rowCount)];
        Array.Fill(words, ulong.MaxValue);
        if (rowCount % 64 != 0)
        {
            words[^1] = (1UL << (rowCount % 64)) - 1;
        }
        return new RowMask(words, rowCount);
    }

    /// <summary>The rows whose value equals <paramref name="value"/> (ordinal comparison; a null value is never equal).</summary>
    public static RowMask Where(IReadOnlyList<string?> values, string value)
    {
        var words = new ulong[Words(values.Count)];
        if (values is string?[] array)
        {
            for (var r = 0; r < array.Length; r++)
            {
                if (string.Equals(array[r], value, StringComparison.Ordinal))
                {
                    words[r >> 6] |= 1UL << r;
                }
            }
        }
        else
        {
            for (var r = 0; r < values.Count; r++)
            {
                if (string.Equals(values[r], value, StringComparison.Ordinal))
                {
                    words[r >> 6] |= 1UL << r;
                }
            }
        }
        return new RowMask(words, values.Count);
    }

    /// <summary>The rows in both sets, as a set.</summary>
    public static RowMask Both(RowMask a, RowMask b)
    {
        var (x, y) = (Same(a, b)._words, b._words);
        var words = new ulong[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            words[i] = x[i] & y[i];
        }
        return new RowMask(words, a.RowCount);
    }

    /// <summary>The rows in either set, as a set.</summary>
    public static RowMask Either(RowMask a, RowMask b)
    {
        var (x, y) = (Same(a, b)._words, b._words);
        var words = new ulong[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            words[i] = x[i] | y[i];
        }
        return new RowMask(words, a.RowCount);
    }

    /// <summary>Rows in both sets.</summary>
    public static int CountBoth(RowMask a, RowMask b)
    {
        var (x, y) = (Same(a, b)._words, b._words);
        var count = 0;
        for (var i = 0; i < x.Length; i++)
        {
            count += BitOperations.PopCount(x[i] & y[i]);
        }
        return count;
    }

    /// <summary>Rows in all three sets.</summary>
    public static int CountAll(RowMask a, RowMask b, RowMask c)
    {
        var (x, y, z) = (Same(a, b)._words, Same(b, c)._words, c._words);
        var count = 0;
        for (var i = 0; i < x.Length; i++)
        {
            count += BitOperations.PopCount(x[i] & y[i] & z[i]);
        }
        return count;
    }

    /// <summary>The set as a 0/1 array, one entry per row.</summary>
    public double[] ToIndicator()
    {
        var values = new double[RowCount];
        for (var r = 0; r < values.Length; r++)
        {
            values[r] = (_words[r >> 6] & (1UL << r)) != 0 ? 1.0 : 0.0;
        }
        return values;
    }

    private static RowMask Same(RowMask a, RowMask b) =>
        a.RowCount == b.RowCount ? a : throw new ArgumentException($"Row sets over {a.RowCount} and {b.RowCount} rows cannot be combined.");

    private static int Words(int rowCount) => (rowCount + 63) / 64;

    private static int Popcount(ulong[] words)
    {
        var count = 0;
        foreach (var w in words)
        {
            count += BitOperations.PopCount(w);
        }
        return count;
    }
}
