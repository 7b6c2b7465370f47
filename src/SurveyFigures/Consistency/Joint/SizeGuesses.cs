using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// For a subgroup of unprinted size, a guess per column at the most it can hold given that column's figures: a count
/// inside the subgroup is at most the same answer's count among everybody, so the subgroup holds at most that count's
/// most over the least share the inside figure prints as (read out of the whole sample's size); the same holds of those
/// not giving the answer. Only an order for questions (<see cref="ColumnRelaxation"/> asks the column with the smallest
/// guess first): a guess is never a bound, and an answer never depends on one, since the solver proves every bound it
/// uses.
/// </summary>
internal static class SizeGuesses
{
    /// <param name="key">The subgroup, as <see cref="StudyModel.DenominatorKey"/> names it.</param>
    /// <param name="most">The most each figure's count can be alone (empty when not known).</param>
    public static IReadOnlyDictionary<string, long> Of(StudyModel model, string key, Func<Figure, CountRange> most)
    {
        var n = model.Study.Metadata.Sample.High;
        var plain = model.Figures.Where(f => f.Kind is not (FigureKind.Aggregate or FigureKind.Nested)).ToList();
        var everybody = plain.Where(model.HasKnownDenominator).ToLookup(f => (f.Column, f.Value));
        var guesses = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var inside in plain.Where(f => model.DenominatorKey(f) == key))
        {
            var share = PrintedCounts.For(inside.Primary, n, model.Rule);
            if (share.IsEmpty)
            {
                continue;
            }
            foreach (var range in everybody[(inside.Column, inside.Value)].Select(most).Where(r => !r.IsEmpty))
            {
                // Those holding the answer inside are at most those holding it among everybody, and so are those not holding it.
                var holding = share.Min == 0 ? long.MaxValue : (long)range.Max * n / share.Min;
                var notHolding = share.Max == n ? long.MaxValue : (long)(n - range.Min) * n / (n - share.Max);
                var guess = Math.Min(holding, notHolding);
                guesses[inside.Column] = Math.Min(guesses.GetValueOrDefault(inside.Column, long.MaxValue), guess);
            }
        }
        return guesses;
    }
}
