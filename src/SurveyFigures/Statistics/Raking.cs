namespace SurveyFigures.Statistics;

/// <summary>One population margin to rake to: a respondent column, and the share of the population in each of its values.</summary>
internal sealed record RakingMargin(string Column, IReadOnlyDictionary<string, double> Shares);

/// <summary>Why raking stopped without weights: margins that no weights can meet, or no convergence within the cap.</summary>
internal sealed class RakingException(string message) : Exception(message);

/// <summary>
/// Raking (iterative proportional fitting): starting from equal weights, each margin in turn scales the weights of
/// every category so that the weighted shares equal the margin's, until every margin is met within a tolerance. The
/// weights sum to the number of rows, as R survey's <c>rake()</c> does with population totals n·share.
/// </summary>
internal static class Raking
{
    /// <param name="columns">Each margin's column, value by row.</param>
    /// <param name="tolerance">The largest difference allowed between a weighted share and its margin, as a proportion.</param>
    /// <param name="maxIterations">Passes over every margin before giving up.</param>
    /// <exception cref="RakingException">Shares not summing to 1, a row in a category the margin does not list, a
    /// category with a positive share and no respondent, or no convergence within the cap: each names the margin.</exception>
    public static double[] Rake(IReadOnlyDictionary<string, IReadOnlyList<string>> columns, IReadOnlyList<RakingMargin> margins, double tolerance = 1e-10, int maxIterations = 100)
    {
        var rows = columns.Count == 0 ? 0 : columns.First().Value.Count;
        foreach (var margin in margins)
        {
            Check(margin, columns);
        }
        var weights = Enumerable.Repeat(1.0, rows).ToArray();
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            foreach (var margin in margins)
            {
                var values = columns[margin.Column];
                var totals = Totals(weights, values);
                for (var r = 0; r < rows; r++)
                {
                    weights[r] *= margin.Shares[values[r]] * rows / totals[values[r]];
                }
            }
            if (margins.All(m => Deviation(weights, columns[m.Column], m) <= tolerance))
            {
                return weights;
            }
        }
        var worst = margins.MaxBy(m => Deviation(weights, columns[m.Column], m))!;
        throw new RakingException($"raking did not meet the margins within {maxIterations} iterations: the margin on '{worst.Column}' is still off by {Deviation(weights, columns[worst.Column], worst):G3} (tolerance {tolerance:G3}); the margins may contradict each other or the rows");
    }

    private static void Check(RakingMargin margin, IReadOnlyDictionary<string, IReadOnlyList<string>> columns)
    {
        if (!columns.TryGetValue(margin.Column, out var values))
        {
            throw new RakingException($"the margin on '{margin.Column}' names no respondent column");
        }
        var sum = margin.Shares.Values.Sum();
        if (margin.Shares.Values.Any(s => !(s >= 0)) || Math.Abs(sum - 1) > 1e-9)
        {
            throw new RakingException($"the margin on '{margin.Column}' has shares summing to {sum:G6}; expected non-negative shares summing to 1");
        }
        if (values.FirstOrDefault(v => !margin.Shares.ContainsKey(v)) is { } unknown)
        {
            throw new RakingException($"respondents have '{unknown}' in '{margin.Column}', a value the margin does not list; expected one of {string.Join(", ", margin.Shares.Keys)}");
        }
        var present = values.ToHashSet(StringComparer.Ordinal);
        if (margin.Shares.FirstOrDefault(s => s.Value > 0 && !present.Contains(s.Key)) is { Key: { } empty } share)
        {
            throw new RakingException($"the margin on '{margin.Column}' gives '{empty}' a share of {share.Value:G6} but no respondent has it, so no weights can meet it");
        }
    }

    private static Dictionary<string, double> Totals(double[] weights, IReadOnlyList<string> values)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < weights.Length; r++)
        {
            totals[values[r]] = totals.GetValueOrDefault(values[r]) + weights[r];
        }
        return totals;
    }

    private static double Deviation(double[] weights, IReadOnlyList<string> values, RakingMargin margin)
    {
        var totals = Totals(weights, values);
        var all = weights.Sum();
        return margin.Shares.Max(s => Math.Abs(totals.GetValueOrDefault(s.Key) / all - s.Value));
    }
}
