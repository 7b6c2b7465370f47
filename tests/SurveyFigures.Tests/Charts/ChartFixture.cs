using System.Text.Json;
using Plotly.NET;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Charts;

/// <summary>
/// Fixture studies under tests/Fixtures, analysed once for all chart tests, and helpers to read a chart back from its
/// JSON. A barometer with a composition, a subgroup base, a verbal figure and two sources; a survey of another
/// population without a composition, with a figure whose feasible range lies wholly below its printed value; and a
/// later edition of the barometer. Their rows are generated in memory (the generator is deterministic), so nothing
/// under data/ changes what a chart test sees.
/// </summary>
internal static class ChartFixture
{
    public const string BarometerId = "chart-barometer";
    public const string SurveyId = "chart-secretariats";
    public const string LaterEditionId = "chart-barometer-later";

    private static readonly Lazy<StudyAnalysis> LazyBarometer = new(() => Analyse(BarometerId));
    private static readonly Lazy<StudyAnalysis> LazySurvey = new(() => Analyse(SurveyId));
    private static readonly Lazy<StudyAnalysis> LazyLaterEdition = new(() => Analyse(LaterEditionId));

    public static StudyAnalysis Barometer => LazyBarometer.Value;
    public static StudyAnalysis Survey => LazySurvey.Value;
    public static StudyAnalysis LaterEdition => LazyLaterEdition.Value;
    public static IReadOnlyList<StudyAnalysis> Both => [Barometer, Survey];

    /// <summary>A fresh analysis of a fixture study, on rows generated under its own rule.</summary>
    public static StudyAnalysis Analyse(string id)
    {
        var study = Study.Load(Fixtures.Study(id));
        var options = new RecomputeOptions();
        return StudyAnalysis.FromRespondents(study, RespondentGenerator.Generate(study, options.RuleFor(study)), options);
    }

    /// <summary>tests/Fixtures/cross-study-themes.csv, read against the barometer and the survey.</summary>
    public static IReadOnlyList<CrossStudyTheme> Themes() => CrossStudyThemesReader.Read(FixtureTable("cross-study-themes.csv"), Both.Select(a => a.Study));

    /// <summary>A CSV file of tests/Fixtures, as the readers of data/ files take it.</summary>
    public static CsvTable FixtureTable(string name) => CsvTable.Parse(File.ReadAllBytes(Path.Combine(Fixtures.Folder, name)), name);

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
