using Google.OrTools.Sat;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// Bounds on the sizes of subgroups that nothing prints the size of, implied by the kept versions and stated in every
/// question the column relaxation asks, so they change no answer. At first each is a floor: the first size out of which
/// every kept share of the subgroup prints. A share prints out of some small sizes and not others (65 % out of 17, not
/// out of 16), and the 32 whole-percent shares of one subgroup of the generated benchmark study print together out of
/// nothing below 86–96. The linear form of a share cannot see this: its relaxation lets such a subgroup shrink to almost
/// nothing at no cost, so proving how small it (or a count inside it) can be took search value by value, and did not
/// settle in 10 s. A witness search may also fix a size (<see cref="With"/>).
/// (The sizes above the floor out of which some share does not print were tried as a domain with holes, and not kept:
/// see docs/performance.md.)
/// </summary>
internal sealed class SizeBounds
{
    private readonly Dictionary<string, (LinearExpr Size, long Low, long High)> _bounds;

    private SizeBounds(Dictionary<string, (LinearExpr, long, long)> bounds) => _bounds = bounds;

    /// <summary>Each bounded size (by <see cref="StudyModel.DenominatorKey"/>), with the least and most it can be.</summary>
    public IEnumerable<(LinearExpr Size, long Low, long High)> All => _bounds.Values;

    /// <summary>Sizes are tried up to this: beyond 100·10^decimals every share prints, so real floors lie far below.</summary>
    private const int MaxEnumerated = 100_000;

    /// <summary>
    /// The floors of the subgroups of unprinted size the kept versions count out of. Only figures counted inside their
    /// subgroup are read (an aggregate of several answers can pass its base, so it says nothing of the base's size);
    /// their counts lie between 0 and the size, as <see cref="PrintedCounts"/> assumes.
    /// </summary>
    public static SizeBounds Of(StudyModel model, IReadOnlyList<VersionConstraint> kept)
    {
        var high = model.Study.Metadata.Sample.High;
        var bounds = new Dictionary<string, (LinearExpr, long, long)>(StringComparer.Ordinal);
        foreach (var group in kept.Where(c => Reads(model, c.Figure)).GroupBy(c => model.DenominatorKey(c.Figure), StringComparer.Ordinal))
        {
            var versions = group.Select(c => c.Version).ToList();
            var last = Math.Min(high, MaxEnumerated);
            var size = 1;
            while (size <= last && versions.Any(v => PrintedCounts.For(v, size, model.Rule).IsEmpty))
            {
                size++;
            }
            // When no size up to the sample prints them all, a floor above the sample leaves no solution, as the versions do.
            if (size > 1)
            {
                bounds[group.Key] = (model.Denominator(group.First().Figure), size, Math.Max(size, high));
            }
        }
        return new(bounds);
    }

    /// <summary>Whether a figure's count lies inside a subgroup of unprinted size, the sizes these bounds are about.</summary>
    public static bool Reads(StudyModel model, Figure f) => f.Kind != FigureKind.Aggregate && model.HasUnprintedDenominator(f);

    /// <summary>These bounds with one size held to a range (a witness search fixes a size at an end of its settled range).</summary>
    public SizeBounds With(string key, LinearExpr size, CountRange range) =>
        new(new Dictionary<string, (LinearExpr, long, long)>(_bounds, StringComparer.Ordinal) { [key] = (size, range.Min, range.Max) });
}
