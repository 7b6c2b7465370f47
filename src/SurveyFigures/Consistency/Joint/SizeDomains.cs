using Google.OrTools.Sat;
using Google.OrTools.Util;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// The sizes each denominator that nothing printed sizes (a subgroup no figure defines) can take given the kept versions
/// counted out of it, one version at a time: a
/// whole-percent share is printable out of some small sizes and not others (65 % out of 17, but not out of 16), and
/// 32 shares of one subgroup leave few sizes below a hundred. The linear form of a share cannot say so: its relaxation
/// lets a subgroup of unknown size shrink to almost nothing at no cost, and proving the smallest size then takes
/// search value by value. Stated as each denominator's domain, these holes are implied by the kept versions, so they
/// change no answer; they are stated whatever columns a relaxation keeps, since every kept version counts out of the
/// same denominator in the whole model.
/// </summary>
internal sealed class SizeDomains
{
    private SizeDomains(IReadOnlyList<(LinearExpr Size, Domain Allowed)> restrictions) => Restrictions = restrictions;

    /// <summary>Each such denominator whose allowed sizes have holes, with the sizes it can take.</summary>
    public IReadOnlyList<(LinearExpr Size, Domain Allowed)> Restrictions { get; }

    /// <summary>Sizes beyond this are not enumerated: a share's gaps lie below 100·10^decimals, and sizes above stay allowed.</summary>
    private const int MaxEnumerated = 20_000;

    /// <summary>The sizes the unprinted denominators of the kept versions can take.</summary>
    public static SizeDomains Of(StudyModel model, IReadOnlyList<VersionConstraint> kept)
    {
        var high = model.Study.Metadata.Sample.High;
        var result = new List<(LinearExpr, Domain)>();
        foreach (var group in kept.Where(c => model.HasUnprintedDenominator(c.Figure)).GroupBy(c => model.DenominatorKey(c.Figure), StringComparer.Ordinal))
        {
            var impossible = new SortedSet<int>();
            foreach (var c in group)
            {
                var last = Math.Min(high, Math.Min(MaxEnumerated, Threshold(c.Version)));
                for (var size = 1; size <= last; size++)
                {
                    if (PrintedCounts.For(c.Version, size, model.Rule).IsEmpty)
                    {
                        impossible.Add(size);
                    }
                }
            }
            if (impossible.Count > 0)
            {
                result.Add((model.Denominator(group.First().Figure), Allowed(impossible, high)));
            }
        }
        return new(result);
    }

    /// <summary>
    /// A size from which every larger one prints the version (its interval of counts is at least one wide); only limits
    /// the enumeration, so a threshold too low loses holes, never an answer.
    /// </summary>
    private static int Threshold(PrintedVersion version)
    {
        if (version.Count is not null)
        {
            // A printed count fits any denominator at least as large: the linear form already says so.
            return 0;
        }
        if (PrintedCounts.Bounds(version) is { } b)
        {
            var width = b.High - b.Low;
            return width <= 0 ? MaxEnumerated : (int)Math.Min(MaxEnumerated, decimal.Ceiling(100m / width) + 1);
        }
        return (int)Math.Min(MaxEnumerated, 100 * PrintedPercent.Pow10(version.Percent!.Value.Decimals) + 1);
    }

    private static Domain Allowed(SortedSet<int> impossible, int high)
    {
        var intervals = new List<long[]>();
        long start = 1;
        foreach (var size in impossible)
        {
            if (size > start)
            {
                intervals.Add([start, size - 1]);
            }
            start = size + 1;
        }
        if (start <= high)
        {
            intervals.Add([start, high]);
        }
        return Domain.FromIntervals([.. intervals]);
    }
}
