using BenchmarkDotNet.Attributes;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Statistics;

namespace SurveyFigures.Bench;

/// <summary>Each stage of the main job, per study under data/studies: mean time and allocated memory.</summary>
[MemoryDiagnoser]
public class StudyBenchmarks
{
    private static readonly string Root = RepositoryLayout.FindRoot();
    private static readonly RecomputeOptions Options = new();

    private Study _study = null!;
    private RespondentTable _table = null!;
    private RespondentFrame _frame = null!;
    private StudyAnalysis _analysis = null!;

    /// <summary>The folder names under data/studies.</summary>
    public static IEnumerable<string> Studies() =>
        Directory.GetDirectories(RepositoryLayout.Studies(Root)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [ParamsSource(nameof(Studies))]
    public string Study { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _study = Load();
        _table = RespondentCsv.Read(_study);
        _frame = new RespondentFrame(_table);
        _analysis = StudyAnalysis.FromRespondents(_study, _table, Options);
        // Build every indicator once, so the "warm" benchmark measures the recomputation alone.
        FigureRecomputer.Recompute(_study, _frame, Options);
    }

    /// <summary>study.json and figures.csv read and validated.</summary>
    [Benchmark]
    public Study Load() => Data.Study.Load(Path.Combine(RepositoryLayout.Studies(Root), Study), Root);

    /// <summary>Every check; the joint model's answer is remembered per content after the first call (see <see cref="JointModel"/>).</summary>
    [Benchmark]
    public object Consistency() => ConsistencyChecker.Check(_study, Options.RuleFor(_study));

    /// <summary>The joint model solved from scratch: contradictions and every figure's range given the others.</summary>
    [Benchmark]
    public object JointModel() =>
        SurveyFigures.Consistency.Joint.JointCheck.Run(_study, Options.RuleFor(_study), (_, _) => true, _ => CountRange.Empty);

    [Benchmark]
    public RespondentTable Reconstruct() => RespondentGenerator.Generate(_study, Options.RuleFor(_study));

    /// <summary>The Deedle frame built from the rows, then every figure recomputed on it.</summary>
    [Benchmark]
    public object RecomputeCold() => FigureRecomputer.Recompute(_study, new RespondentFrame(_table), Options);

    /// <summary>Every figure recomputed on a frame built (and whose indicators were built) beforehand.</summary>
    [Benchmark]
    public object RecomputeWarm() => FigureRecomputer.Recompute(_study, _frame, Options);

    /// <summary>An interval for every figure under each of the four methods, at 95 %.</summary>
    [Benchmark]
    public double Intervals()
    {
        var sum = 0.0;
        foreach (var r in _analysis.Results)
        {
            foreach (var method in Enum.GetValues<IntervalMethod>())
            {
                sum += ProportionInterval.Compute(r.Count, r.BaseN, method, Options.IntervalLevel).Low;
            }
        }
        return sum;
    }

    /// <summary>Every chart of the study built and serialised to plotly JSON.</summary>
    [Benchmark]
    public int Charts()
    {
        var length = 0;
        foreach (var entry in ChartCatalog.For(_analysis, Language.En))
        {
            length += entry.ToJson().Length;
        }
        return length;
    }
}
