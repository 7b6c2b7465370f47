using System.Diagnostics;
using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Bench;

/// <summary>
/// <c>joint [--runs 5] [--studies a,b|generated|joint-unpublished-5of5] [--generated 1000] [--dump file]</c>: every check of each shipped study with its joint model
/// solved from scratch (<see cref="ConsistencyChecker.Check"/> on a copy of the study under a fresh id, so nothing
/// remembered is reused), then the same on generated studies (<see cref="SyntheticLedger"/> and <see cref="JointLedger"/>;
/// a study the model cannot settle is reported as such). Stopwatch, one warm-up run,
/// then the median, minimum and maximum of the runs. Solver questions are counted with SURVEYFIGURES_SOLVER_TRACE=1.
/// </summary>
public static class JointTiming
{
    private static int _fresh;

    public static int FromArguments(string[] args, TextWriter output)
    {
        var runs = 5;
        var generated = 1000;
        string[]? only = null;
        string? dump = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--generated" when i + 1 < args.Length:
                    generated = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--dump" when i + 1 < args.Length:
                    dump = args[++i];
                    break;
                case "--studies" when i + 1 < args.Length:
                    only = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: joint [--runs 5] [--studies a,b] [--generated 1000 (0: none)] [--dump file]");
                    return 2;
            }
        }
        var root = RepositoryLayout.FindRoot();
        var studies = StudyBenchmarks.Studies().Where(s => only is null || only.Contains(s)).Select(id => Study.Load(Path.Combine(RepositoryLayout.Studies(root), id), root)).ToList();
        if (generated > 0)
        {
            // The scaling series' ledger (three subgroups of printed share, 200 figures), then the harder generated
            // ledgers of JointLedger (five subgroups, nesting three deep), each with its sizes printed or not.
            // "generated" picks them all; a name without its size (say joint-unpublished-5of5) picks that one.
            Study[] all =
            [
                SyntheticLedger.Create(generated),
                JointLedger.Create(generated, printedSizes: true),
                JointLedger.Create(generated, printedSizes: false),
                JointLedger.Create(generated, printedSizes: true, items: 64, breakdowns: 2),
                JointLedger.Create(generated, printedSizes: false, items: 64, breakdowns: 2),
            ];
            studies.AddRange(all.Where(s => only is null || only.Contains("generated") || only.Any(o => s.Metadata.Id.StartsWith(o + "-", StringComparison.Ordinal))));
        }
        output.WriteLine($"| study | figures | median ms | min ms | max ms | runs |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var study in studies)
        {
            var rule = new Recomputation.RecomputeOptions().RuleFor(study);
            if (dump is not null)
            {
                // Every answer of the model, to compare two builds: ranges, denominators, verdicts and contradictions.
                File.AppendAllLines(dump, ConsistencyChecker.Check(study, rule).Select(c =>
                    $"{study.Metadata.Id} {c.Figure.Id} {c.Verdict} joint={c.Joint} denominator={c.JointDenominator} dropped={c.Dropped} by={string.Join('+', c.ContradictedBy)} {string.Join(" / ", c.Reasons)}"));
            }
            List<double> times;
            try
            {
                // With no measured runs, the warm-up run is reported.
                var warmUp = Time(study, rule);
                times = runs == 0 ? [warmUp] : [.. Enumerable.Range(0, runs).Select(_ => Time(study, rule)).Order()];
            }
            catch (SurveyFigures.Consistency.Joint.ModelUnsettledException e)
            {
                output.WriteLine($"| {study.Metadata.Id} | {study.Figures.Count} | not settled: {e.Message} | | | |");
                continue;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {study.Metadata.Id} | {study.Figures.Count} | {times[times.Count / 2]:0.0} | {times[0]:0.0} | {times[^1]:0.0} | {runs} |"));
            output.Flush();
        }
        return 0;
    }

    /// <summary>Milliseconds for every check of a copy of the study under an id never used before.</summary>
    private static double Time(Study study, RoundingRule rule)
    {
        var copy = new Study(study.Folder, study.ShownFolder, study.Metadata with { Id = $"{study.Metadata.Id}#{++_fresh}" }, study.Figures);
        var clock = Stopwatch.StartNew();
        ConsistencyChecker.Check(copy, rule);
        return clock.Elapsed.TotalMilliseconds;
    }
}
