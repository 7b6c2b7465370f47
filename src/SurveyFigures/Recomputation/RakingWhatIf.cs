using SurveyFigures.Data;
using SurveyFigures.Reconstruction;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// One figure as it would be if the sample matched the declared population margins: its share with each respondent
/// counting once, its share under raking weights, and Kish's effective size (Σw)²/Σw² of its base under those weights.
/// </summary>
internal sealed record RakedFigure(Figure Figure, int BaseN, decimal UnweightedPercent, double RakedPercent, double KishEffectiveSize)
{
    /// <summary>How far raking moves the share, in percentage points.</summary>
    public double Change => RakedPercent - (double)UnweightedPercent;
}

/// <summary>
/// The raking what-if of a study: weights raked from equal weights to its declared population margins by iterative
/// proportional fitting (<see cref="Raking"/>), and every figure recomputed under them. A weighted study's own weights
/// are not the start: the what-if asks what the margins alone would make of the respondents.
/// </summary>
internal sealed record RakingWhatIf(Study Study, IReadOnlyList<PopulationMargin> Margins, IReadOnlyList<RakedFigure> Figures, double KishEffectiveSize)
{
    /// <summary>The convergence tolerance: the largest gap left between a raked share and its margin, as a proportion.</summary>
    public const double Tolerance = 1e-10;

    /// <summary>Passes over every margin before raking gives up.</summary>
    public const int MaxIterations = 100;

    /// <summary>The raking weights of <paramref name="table"/>'s rows, one per row, summing to the number of rows.</summary>
    /// <exception cref="DataFileException">The study declares no margins, or they cannot be met (named, with study.json's line).</exception>
    public static double[] Weights(Study study, RespondentTable table)
    {
        var margins = PopulationMargins.Of(study);
        var shown = Path.Combine(study.ShownFolder, Study.MetadataFile);
        if (margins.Count == 0)
        {
            throw new DataFileException(shown, "no population margins to rake to", column: "population_margins",
                expected: "population_margins: each a respondent column, its population percentages and their source (data/README.md)");
        }
        var columns = margins.ToDictionary(m => m.Column, m => (IReadOnlyList<string>)table.Column(m.Column), StringComparer.Ordinal);
        var raking = margins.Select(m => new RakingMargin(m.Column, m.Percent.ToDictionary(p => p.Key, p => (double)(p.Value / 100m), StringComparer.Ordinal))).ToList();
        try
        {
            return Raking.Rake(columns, raking, Tolerance, MaxIterations);
        }
        catch (RakingException e)
        {
            throw new DataFileException(shown, $"the population margins cannot be met: {e.Message}", PopulationMargins.LineOf(study, margins[0]), "population_margins",
                expected: "margins the respondents can be weighted to (each category with a percentage held by some respondent, margins that do not contradict each other)", inner: e);
        }
    }

    /// <summary>Rakes the rows of <paramref name="table"/> to the study's margins and recomputes every figure of its ledger under those weights.</summary>
    public static RakingWhatIf For(Study study, RespondentTable table)
    {
        var weights = Weights(study, table);
        var frame = new RespondentFrame(table);
        var figures = study.Figures.Select(f =>
        {
            var (domain, item) = FigureRecomputer.WeightedRowSets(study, frame, f);
            var hits = RowMask.Both(domain, item);
            double all = 0, part = 0, squares = 0;
            foreach (var r in domain.Members())
            {
                all += weights[r];
                squares += weights[r] * weights[r];
            }
            foreach (var r in hits.Members())
            {
                part += weights[r];
            }
            var unweighted = domain.Count == 0 ? 0m : 100m * hits.Count / domain.Count;
            return new RakedFigure(f, domain.Count, unweighted, all == 0 ? 0 : 100 * part / all, squares == 0 ? 0 : all * all / squares);
        }).ToList();
        var sum = weights.Sum();
        return new RakingWhatIf(study, PopulationMargins.Of(study), figures, weights.Length == 0 ? 0 : sum * sum / weights.Sum(w => w * w));
    }
}
