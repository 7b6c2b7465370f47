using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SurveyFigures.Bench;

/// <summary>
/// A short job for a small machine: in-process (no second build of the solution, which other builds share
/// artifacts/ with), one launch, 3 warm-up and 8 measured iterations, memory diagnoser on.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithId("short-inprocess"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithArtifactsPath(Path.Combine(RepositoryLayout.Artifacts(RepositoryLayout.FindRoot()), "benchmarks"))
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40))
        .WithOptions(ConfigOptions.JoinSummary);
}
