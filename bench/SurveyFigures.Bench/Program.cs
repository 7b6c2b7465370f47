using BenchmarkDotNet.Running;
using SurveyFigures.Data;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Bench;

/// <summary>
/// Entry point. No argument (or BenchmarkDotNet's own, e.g. <c>--filter '*Recompute*'</c>): the per-study benchmarks.
/// <c>scaling</c>: the scaling series on generated ledgers. <c>kernel</c>: the Jupyter kernel's start-up and cell latencies. <c>joint</c>: the joint model of each study and of a generated one. <c>main-job</c>: the main job's stages and the README commands. <c>weighted</c>: weighted recomputation at 10⁶ rows × 50 items. <c>--smoke</c>: one quick pass of everything, for the tests.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception e) when (e is DataFileException or ReconstructionConflictException or SurveyFigures.Consistency.Joint.ModelUnsettledException or DirectoryNotFoundException)
        {
            // Bad data or figures that cannot all be met are the user's to fix: one clear line, never a crash dump.
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
        {
            return ScalingRun.FromArguments(args[1..], Console.Out);
        }
        if (args.Length > 0 && args[0] == "joint")
        {
            return JointTiming.FromArguments(args[1..], Console.Out);
        }
        if (args.Length > 0 && args[0] == "main-job")
        {
            return MainJobTiming.FromArguments(args[1..], Console.Out);
        }
        if (args.Length > 0 && args[0] == "weighted")
        {
            return WeightedTiming.FromArguments(args[1..], Console.Out);
        }
        if (args.Length > 0 && args[0] == "kernel")
        {
            return KernelStartup.FromArguments(args[1..], Console.Out);
        }
        if (args.Length > 0 && args[0] == "--smoke")
        {
            return Smoke.Run(Console.Out);
        }
        // No arguments: every benchmark, rather than BenchmarkDotNet's interactive menu.
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, BenchConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
