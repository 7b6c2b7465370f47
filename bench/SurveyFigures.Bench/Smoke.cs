namespace SurveyFigures.Bench;

/// <summary>
/// <c>--smoke</c>: every per-study benchmark method called once (no BenchmarkDotNet), then the scaling series at
/// 1 000 respondents. Used by the tests to prove the program builds and runs; it asserts nothing about time.
/// </summary>
public static class Smoke
{
    public static int Run(TextWriter output)
    {
        foreach (var id in StudyBenchmarks.Studies())
        {
            var bench = new StudyBenchmarks { Study = id };
            bench.Setup();
            bench.Load();
            bench.Consistency();
            bench.Reconstruct();
            bench.RecomputeCold();
            bench.RecomputeWarm();
            bench.Intervals();
            bench.Charts();
            output.WriteLine($"smoke: {id}: every benchmark ran once");
        }
        var scanner = new ScannerBenchmarks { Characters = 117_000 };
        scanner.Setup();
        output.WriteLine($"smoke: scanner: {scanner.Scan()} percentages on one line of {scanner.Characters} characters");
        ScalingRun.Run([1_000], 50, output);
        return 0;
    }
}
