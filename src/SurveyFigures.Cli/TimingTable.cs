using System.Globalization;
using SurveyFigures.MainJob;

namespace SurveyFigures.Cli;

/// <summary>The main job's stages and their wall time, printed at its end (the build is not included).</summary>
internal static class TimingTable
{
    public static void Print(ReproductionResult result)
    {
        Console.WriteLine();
        Console.WriteLine("Timing (build excluded):");
        var width = result.Stages.Max(s => s.Stage.Length);
        foreach (var (stage, elapsed) in result.Stages)
        {
            Console.WriteLine($"  {stage.PadRight(width)}  {Seconds(elapsed)}");
        }
        Console.WriteLine($"  {"total".PadRight(width)}  {Seconds(result.Total)}");
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(8) + " s";
}
