using System.Globalization;
using SurveyFigures.Data;

namespace SurveyFigures.Bench;

/// <summary>
/// Generated ledgers for the scaling series, built in memory. One categorical question (<c>segment</c>, four
/// categories at 30/25/25/20 %) defines three subgroup bases; every other item is a yes/no column with four
/// figures: its share among everybody and among each of the three subgroups. With the default 50 items that is
/// 4 + 49 × 4 = 200 figures. Subgroup shares are drawn in 20–80 % and the overall share is their weighted mean
/// with a fourth (unpublished) subgroup share in 20–80 %, so <see cref="Reconstruction.RespondentGenerator"/>
/// can always meet every figure: the last segment has room for whatever the overall share needs.
/// </summary>
public static class SyntheticLedger
{
    public const string SegmentColumn = "segment";
    private static readonly (string Value, int Percent)[] Segments = [("a", 30), ("b", 25), ("c", 25), ("d", 20)];
    private static readonly IReadOnlyList<SourceLocator> Source = [new("doc", "s1")];

    public static Study Create(int respondents, int items = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 2);
        var figures = new List<Figure>();
        var questions = new List<QuestionDefinition> { new("segment", Text("segment")) };
        var bases = new List<BaseDefinition> { new(BaseDefinition.All, Text("all")) };
        foreach (var (value, percent) in Segments)
        {
            figures.Add(Make($"segment.{value}", "segment", FigureKind.Single, percent, BaseDefinition.All, SegmentColumn, value, figures.Count));
            if (value != "d")
            {
                bases.Add(new BaseDefinition($"segment-{value}", Text($"segment {value}"), $"segment.{value}"));
            }
        }
        for (var i = 1; i < items; i++)
        {
            var column = $"item_{i:D3}";
            var question = $"q{i:D3}";
            questions.Add(new QuestionDefinition(question, Text(question)));
            var shares = Segments.Select((_, j) => 20 + (((i * 37) + (j * 17) + (i * j * 7)) % 61)).ToArray();
            var overall = (int)Math.Round(Segments.Select((s, j) => s.Percent * shares[j]).Sum() / 100.0, MidpointRounding.AwayFromZero);
            figures.Add(Make($"{column}.all", question, FigureKind.Multi, overall, BaseDefinition.All, column, Figure.BinaryYes, figures.Count));
            for (var j = 0; j < 3; j++)
            {
                var segment = Segments[j].Value;
                figures.Add(Make($"{column}.segment-{segment}", question, FigureKind.Multi, shares[j], $"segment-{segment}", column, Figure.BinaryYes, figures.Count));
            }
        }
        return Validated($"synthetic-{respondents}x{items}", "Synthetic scaling study", "Synthetic", respondents, bases, questions, [], figures);
    }

    /// <summary>A generated study around its ledger, with the same invented metadata for every bench study, validated as a loaded one is.</summary>
    internal static Study Validated(string id, string title, string shortTitle, int respondents, IReadOnlyList<BaseDefinition> bases,
        IReadOnlyList<QuestionDefinition> questions, IReadOnlyList<ResidualCategory> residuals, IReadOnlyList<Figure> figures)
    {
        var metadata = new StudyMetadata(
            Id: id,
            Title: Text(title),
            ShortTitle: Text(shortTitle),
            Publishers: ["bench"],
            Population: Text("generated respondents"),
            SampleSize: respondents,
            Fieldwork: new Fieldwork(null, null),
            Sampling: Text("generated"),
            Rounding: "half-up",
            Sources: [new StudySource("doc", "generated ledger", "bench", "2025", "https://example.org/generated", new DateOnly(2026, 1, 1), new Dictionary<string, string> { ["s1"] = "generated" })],
            Bases: bases,
            Questions: questions,
            Residuals: residuals,
            Readings: [],
            Respondents: new RespondentInfo("respondents.csv", true, Text("synthetic"), []));
        var folder = Path.Combine(Path.GetTempPath(), "surveyfigures-bench", metadata.Id);
        var study = new Study(folder, folder, metadata, figures);
        StudyValidator.Validate(study);
        return study;
    }

    private static Figure Make(string id, string question, FigureKind kind, int percent, string baseId, string column, string value, int index) =>
        new(id, question, kind, Text(id), baseId, Parent: null, Of: null, Parts: [], column, value,
            [new PrintedVersion(percent.ToString(CultureInfo.InvariantCulture), new PrintedPercent(percent, 0), Qualifier.None, null, Source, "", index + 2)]);

    private static LocalizedText Text(string text) => new(text, text);
}
