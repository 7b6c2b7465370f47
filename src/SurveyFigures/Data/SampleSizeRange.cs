using System.Globalization;

namespace SurveyFigures.Data;

/// <summary>
/// A sample size printed only vaguely ("près de 1 700 répondants"): the words as printed, where (a "document:section"
/// locator, as in a ledger), and the sizes we read them as, both ends included. The reading is ours and is stated,
/// never assumed: every check of a share of the whole sample runs over all of these sizes.
/// </summary>
public sealed record PrintedSampleSize(string Text, string Source, int Low, int High);

/// <summary>
/// The sizes the whole sample can have: one when study.json gives <c>sample_size</c>, otherwise those every printed
/// reading allows. Readings are taken in order (the first is followed, as in a ledger); one that shares no size with
/// those before it contradicts them and is set aside in <see cref="Contradicted"/>, never silently merged.
/// </summary>
public sealed record SampleSizeRange(int Low, int High, IReadOnlyList<PrintedSampleSize> Printed, IReadOnlyList<PrintedSampleSize> Contradicted)
{
    public static SampleSizeRange Exact(int n) => new(n, n, [], []);

    public static SampleSizeRange Of(int? exact, IReadOnlyList<PrintedSampleSize> printed)
    {
        var (low, high) = exact is { } n ? (n, n) : (printed[0].Low, printed[0].High);
        var contradicted = new List<PrintedSampleSize>();
        foreach (var reading in exact is null ? printed.Skip(1) : printed)
        {
            if (reading.High < low || reading.Low > high)
            {
                contradicted.Add(reading);
                continue;
            }
            (low, high) = (Math.Max(low, reading.Low), Math.Min(high, reading.High));
        }
        return new SampleSizeRange(low, high, printed, contradicted);
    }

    /// <summary>Whether the size is known exactly (one size, which is the case when study.json gives it).</summary>
    public bool IsExact => Low == High;

    /// <summary>The size, when it is known exactly; a study of vague size has none, and asking is a programming error.</summary>
    public int Value => IsExact ? Low : throw new InvalidOperationException($"The sample size is known only as {this}; use its sizes.");

    public int Count => High - Low + 1;

    public IEnumerable<int> Sizes => Enumerable.Range(Low, Count);

    public bool Contains(int n) => n >= Low && n <= High;

    /// <summary>"760", or "1600–1700" for a vague size (language-neutral, for messages and keys).</summary>
    public override string ToString() => IsExact
        ? Low.ToString(CultureInfo.InvariantCulture)
        : $"{Low.ToString(CultureInfo.InvariantCulture)}–{High.ToString(CultureInfo.InvariantCulture)}";
}
