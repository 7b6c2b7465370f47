using System.Text.Json;
using Plotly.NET;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Tests.Charts;

/// <summary>The two studies, analysed once for all chart tests, and helpers to read a chart back from its JSON.</summary>
internal static class ChartFixture
{
    public const string PulseLife = "pulselife-barometer-2025";
    public const string Lifen = "lifen-secretariats-2024";

    private static readonly Lazy<string> LazyRoot = new(() => RepositoryLayout.FindRoot());
    private static readonly Lazy<StudyAnalysis> LazyPulseLife = new(() => Analyse(PulseLife));
    private static readonly Lazy<StudyAnalysis> LazyLifen = new(() => Analyse(Lifen));

    public static string Root => LazyRoot.Value;
    public static StudyAnalysis PulseLifeAnalysis => LazyPulseLife.Value;
    public static StudyAnalysis LifenAnalysis => LazyLifen.Value;
    public static IReadOnlyList<StudyAnalysis> Both => [PulseLifeAnalysis, LifenAnalysis];

    public static StudyAnalysis Analyse(string id)
    {
        var study = Study.Load(Path.Combine(Root, "data", "studies", id), Root);
        return StudyAnalysis.Run(study, new RecomputeOptions());
    }

    public static IReadOnlyList<CrossStudyTheme> Themes() => CrossStudyThemesReader.Load(Root, Both.Select(a => a.Study));

    /// <summary>The chart's JSON, parsed.</summary>
    public static JsonElement Json(GenericChart chart) => JsonDocument.Parse(ChartRendering.ToJson(chart)).RootElement.Clone();

    public static IReadOnlyList<JsonElement> Traces(JsonElement figure) => figure.GetProperty("data").EnumerateArray().ToList();

    public static JsonElement Trace(JsonElement figure, string legendGroup) =>
        Traces(figure).Single(t => t.TryGetProperty("legendgroup", out var g) && g.GetString() == legendGroup);

    public static JsonElement Layout(JsonElement figure) => figure.GetProperty("layout");

    public static string Title(JsonElement figure) => Layout(figure).GetProperty("title").GetProperty("text").GetString()!;

    public static IReadOnlyList<JsonElement> Annotations(JsonElement figure) => Layout(figure).GetProperty("annotations").EnumerateArray().ToList();

    public static string Annotation(JsonElement figure, string name) =>
        Annotations(figure).Single(a => a.TryGetProperty("name", out var n) && n.GetString() == name).GetProperty("text").GetString()!;

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static JsonElement At(JsonElement element, params string[] names) => names.Aggregate(element, (e, n) => e.GetProperty(n));
}
