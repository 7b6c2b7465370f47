using System.Diagnostics;
using System.Globalization;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Statistics;

namespace SurveyFigures.Bench;

/// <summary>
/// Weighted recomputation at scale (issue #24): generated rows (fixed seed) with weights of four decimals, two strata
/// and 50 yes/no items; every item's weighted share over all rows and over a half-sample subgroup, with its variance,
/// n_eff, design effect, Wilson interval on n_eff and exact sums of weights. Stopwatch timing of one run after a warm-up
/// at 10 000 rows, with the bytes allocated by the recomputation (preparing the weights is timed apart).
/// </summary>
public static class WeightedTiming
{
    /// <summary><c>weighted [--rows 1000000] [--items 50]</c>.</summary>
    public static int FromArguments(string[] args, TextWriter output)
    {
        var rows = 1_000_000;
        var items = 50;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1].Replace("_", ""), CultureInfo.InvariantCulture);
            _ = args[i] switch
            {
                "--rows" => rows = value,
                "--items" => items = value,
                _ => throw new ArgumentException($"unknown option {args[i]}; expected --rows N or --items N"),
            };
        }
        Run(10_000, items, TextWriter.Null);
        Run(rows, items, output);
        return 0;
    }

    private static void Run(int rows, int items, TextWriter output)
    {
        var random = new Random(24);
        var weights = new decimal[rows];
        var strata = new string[rows];
        for (var r = 0; r < rows; r++)
        {
            weights[r] = Math.Round(0.2m + (decimal)random.NextDouble() * 3, 4);
            strata[r] = random.Next(2) == 0 ? "north" : "south";
        }
        var masks = Enumerable.Range(0, items).Select(_ => RowMask.Where(Enumerable.Range(0, rows).Select(_ => random.Next(3) == 0 ? "1" : "0").ToArray(), "1")).ToList();
        var subgroup = RowMask.Where(Enumerable.Range(0, rows).Select(_ => random.Next(2) == 0 ? "1" : "0").ToArray(), "1");
        var all = RowMask.All(rows);

        var clock = Stopwatch.StartNew();
        var weighted = new WeightedRows(new RespondentDesign(weights, strata));
        var prepare = clock.Elapsed.TotalSeconds;

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        double check = 0;
        foreach (var item in masks)
        {
            foreach (var domain in new[] { all, subgroup })
            {
                var (e, part, whole) = weighted.Estimate(domain, item);
                check += WeightedInterval.Compute(e, WeightedIntervalMethod.Wilson).High + e.DesignEffect + (double)(part * 1000 / whole);
            }
        }
        var recompute = clock.Elapsed.TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"weighted: {rows} rows × {items} items × 2 domains: prepare weights {prepare:0.00} s, recompute {recompute:0.00} s, allocated {allocated:0.0} MiB (checksum {check:0.###})"));
    }
}
