using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>The possible sizes of a base: the sample size for 'all', the feasible counts of the subgroup's own figure otherwise.</summary>
public static class BaseSizes
{
    public static IReadOnlyList<int> Of(Study study, string baseId, RoundingRule rule)
    {
        var n = study.Metadata.SampleSize;
        var definition = study.Base(baseId);
        if (definition.Figure is null)
        {
            return [n];
        }
        var range = FeasibleCounts.For(study.Figure(definition.Figure).Percent!.Value, n, rule);
        return range.IsEmpty ? [] : Enumerable.Range(range.Min, range.Size).Where(k => k > 0).ToList();
    }
}
