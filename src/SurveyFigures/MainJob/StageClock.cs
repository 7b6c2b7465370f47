using System.Diagnostics;

namespace SurveyFigures.MainJob;

/// <summary>Times the stages of the main job (the build is not included); the caller prints them.</summary>
internal sealed class StageClock
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    /// <summary>Each timed stage, in the order it ended.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    /// <summary>Wall time since the clock started, stages and what lies between them.</summary>
    public TimeSpan Total => _total.Elapsed;

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, clock.Elapsed));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    public void Add(string stage, TimeSpan elapsed) => _stages.Add((stage, elapsed));
}
