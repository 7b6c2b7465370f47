using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// The possible sizes of a base: the sample size for 'all' (every size its printed readings allow, when it is printed
/// only vaguely), every count its defining figure allows for a subgroup whose
/// size is published (a printed share through rounding, or the interval that words or a qualifier such as "half" are
/// read as), and every size from 1 to n for a subgroup whose size is not published.
/// </summary>
internal static class BaseSizes
{
    public static IReadOnlyList<int> Of(Study study, string baseId, RoundingRule rule)
    {
        var sample = study.Metadata.Sample;
        var definition = study.Base(baseId);
        if (definition.Column is not null)
        {
            // A subgroup of unpublished size may have any size: its figures are checked over all of them.
            return Enumerable.Range(1, sample.High).ToList();
        }
        if (definition.Figure is null)
        {
            return sample.Sizes.ToList();
        }
        var figure = study.Figure(definition.Figure);
        // A subgroup of a subgroup (an intersection) is a share of each size its own base can have.
        var within = figure.Base == BaseDefinition.All ? sample.Sizes.ToList() : Of(study, figure.Base, rule);
        return within.SelectMany(m => PrintedCounts.For(figure, m, rule) is { IsEmpty: false } r ? Enumerable.Range(r.Min, r.Size) : [])
            .Where(k => k > 0).Distinct().Order().ToList();
    }
}
