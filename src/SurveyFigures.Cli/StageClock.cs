using System.Diagnostics;
using System.Globalization;

namespace SurveyFigures.Cli;

/// <summary>Times the stages of the main job (the build is not included) and prints the breakdown at the end.</summary>
internal sealed class StageClock
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, clock.Elapsed));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    public void Add(string stage, TimeSpan elapsed) => _stages.Add((stage, elapsed));

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("Timing (build excluded):");
        var width = _stages.Max(s => s.Stage.Length);
        foreach (var (stage, elapsed) in _stages)
        {
            Console.WriteLine($"  {stage.PadRight(width)}  {Seconds(elapsed)}");
        }
        Console.WriteLine($"  {"total".PadRight(width)}  {Seconds(_total.Elapsed)}");
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(8) + " s";
}
