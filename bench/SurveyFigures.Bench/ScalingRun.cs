using System.Diagnostics;
using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Bench;

/// <summary>One row of the scaling table.</summary>
public sealed record ScalingRow(int Respondents, int Items, int Figures, double ReconstructSeconds, double FrameSeconds, double RecomputeSeconds,
    double ChecksSeconds, double AllocatedMegabytes, double PeakWorkingSetMegabytes, double? ReadSeconds, double PeakAfterReadMegabytes)
{
    /// <summary>Why the rows were not read back (the respondent file's size cap), or null when they were.</summary>
    public string? ReadRefused { get; init; }
}

/// <summary>
/// The scaling series: for each size, a generated ledger is reconstructed (<see cref="RespondentGenerator.Generate"/>),
/// loaded into the Deedle frame and every figure recomputed. Stopwatch timings of a single run after one warm-up
/// run at the smallest size (BenchmarkDotNet at a million rows would take far too long on a small machine). The rows
/// are then written as respondents.csv and read back as <c>reproduce</c> reads them (<see cref="RespondentCsv.Read"/>,
/// with every check), after the other stages so their peak working set is the one the table reports first.
/// </summary>
public static class ScalingRun
{
    public static readonly int[] DefaultSizes = [1_000, 10_000, 100_000, 1_000_000];

    /// <summary><c>scaling [--sizes 1000,10000] [--items 50]</c>.</summary>
    public static int FromArguments(string[] args, TextWriter output)
    {
        var sizes = DefaultSizes;
        var items = 50;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes" when i + 1 < args.Length:
                    sizes = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture))];
                    break;
                case "--items" when i + 1 < args.Length:
                    items = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: scaling [--sizes 1000,10000,100000,1000000] [--items 50]");
                    return 2;
            }
        }
        Run(sizes, items, output);
        return 0;
    }

    public static IReadOnlyList<ScalingRow> Run(IReadOnlyList<int> sizes, int items, TextWriter output)
    {
        output.WriteLine("Scaling series on generated ledgers (Stopwatch, one run per size after a warm-up run; not BenchmarkDotNet).");
        output.WriteLine("reconstruct = RespondentGenerator.Generate; frame = new RespondentFrame(table); recompute = FigureRecomputer.Recompute, which runs ConsistencyChecker.Check (timed alone in 'of which checks').");
        output.WriteLine("allocated = bytes allocated by the three stages; peak WS = the process's peak working set so far (sizes run smallest first).");
        Measure(Math.Min(1_000, sizes.Min()), items);
        var rows = new List<ScalingRow>();
        output.WriteLine(Header);
        foreach (var n in sizes.Order())
        {
            var row = Measure(n, items);
            rows.Add(row);
            output.WriteLine(Format(row));
            output.Flush();
        }
        return rows;
    }

    public const string Header = "| respondents | items | figures | reconstruct s | frame s | recompute s | of which checks s | allocated MB | peak working set MB | read respondents.csv s | peak after read MB |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public static string Format(ScalingRow r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Respondents:N0} | {r.Items} | {r.Figures} | {r.ReconstructSeconds:0.000} | {r.FrameSeconds:0.000} | {r.RecomputeSeconds:0.000} | {r.ChecksSeconds:0.000} | {r.AllocatedMegabytes:0} | {r.PeakWorkingSetMegabytes:0} | {(r.ReadSeconds is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "refused (" + r.ReadRefused + ")")} | {r.PeakAfterReadMegabytes:0} |");

    public static ScalingRow Measure(int respondents, int items)
    {
        var study = SyntheticLedger.Create(respondents, items);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var table = RespondentGenerator.Generate(study, RoundingRule.HalfUp);
        var reconstruct = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var frame = new RespondentFrame(table);
        var build = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var results = FigureRecomputer.Recompute(study, frame, new RecomputeOptions());
        var recompute = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        clock.Restart();
        ConsistencyChecker.Check(study, RoundingRule.HalfUp);
        var checks = clock.Elapsed.TotalSeconds;
        var mismatches = results.Where(r => !r.MatchesPrinted).Select(r => r.Figure.Id).ToList();
        if (mismatches.Count > 0)
        {
            throw new InvalidOperationException($"The generated rows do not reproduce {string.Join(", ", mismatches)} at {respondents} respondents.");
        }
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / 1048576.0;
        var (read, refused) = ReadBack(study, table);
        process.Refresh();
        return new ScalingRow(respondents, items, study.Figures.Count, reconstruct, build, recompute, checks, allocated / 1048576.0, peak, read, process.PeakWorkingSet64 / 1048576.0)
        {
            ReadRefused = refused,
        };
    }

    // Seconds to read the rows back from respondents.csv, checks included, as the main job does; or, beyond the
    // respondent file's size cap, the refusal a user would get (the row still reports the stages that ran).
    private static (double? Seconds, string? Refused) ReadBack(Study study, RespondentTable table)
    {
        var folder = Directory.CreateTempSubdirectory("scaling-").FullName;
        try
        {
            var onDisk = new Study(folder, folder, study.Metadata, study.Figures);
            RespondentCsv.Write(table, onDisk.RespondentsPath);
            var clock = Stopwatch.StartNew();
            try
            {
                GC.KeepAlive(RespondentCsv.Read(onDisk));
                return (clock.Elapsed.TotalSeconds, null);
            }
            catch (DataFileException e) when (new FileInfo(onDisk.RespondentsPath).Length > RegularFile.RespondentLimit)
            {
                return (null, $"{new FileInfo(onDisk.RespondentsPath).Length / RegularFile.MiB} MiB, over the {RegularFile.RespondentLimit / RegularFile.MiB} MiB cap, refused after {clock.Elapsed.TotalSeconds:0.000} s: {e.Message}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
