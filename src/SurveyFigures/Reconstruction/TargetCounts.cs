using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Reconstruction;

/// <summary>The count a reconstruction gives each figure: the feasible count nearest the exact share, adjusted jointly where counts must add up.</summary>
public static class TargetCounts
{
    /// <summary>The target for one figure out of <paramref name="m"/>, or null when no count fits.</summary>
    public static int? For(Figure f, int m, RoundingRule rule) => PrintedCounts.Target(f.Primary, m, rule);

    /// <summary>
    /// Targets for the categories of one single-choice question on a scope of <paramref name="m"/> respondents:
    /// each in its feasible range, summing to exactly m (no residual category) or at most m (residual declared).
    /// Starts from the nearest counts and moves the ones with the most rounding slack; null when impossible.
    /// </summary>
    public static int[]? ForCategories(IReadOnlyList<Figure> figures, int m, RoundingRule rule, bool hasResidual)
    {
        var ranges = figures.Select(f => PrintedCounts.For(f, m, rule)).ToArray();
        if (ranges.Any(r => r.IsEmpty))
        {
            return null;
        }
        var counts = figures.Select(f => For(f, m, rule)!.Value).ToArray();
        // Exact targets ×100 in printed units, to pick which count to move first.
        decimal Gap(int i) => figures[i].Percent!.Value.Value * m / 100 - counts[i];
        while (counts.Sum() > m)
        {
            var i = Enumerable.Range(0, counts.Length).Where(j => counts[j] > ranges[j].Min).OrderBy(Gap).ThenBy(j => j).Cast<int?>().FirstOrDefault();
            if (i is null)
            {
                return null;
            }
            counts[i.Value]--;
        }
        while (!hasResidual && counts.Sum() < m)
        {
            var i = Enumerable.Range(0, counts.Length).Where(j => counts[j] < ranges[j].Max).OrderByDescending(Gap).ThenBy(j => j).Cast<int?>().FirstOrDefault();
            if (i is null)
            {
                return null;
            }
            counts[i.Value]++;
        }
        return counts;
    }
}
