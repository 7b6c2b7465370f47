using System.Globalization;
using SurveyFigures.Data;

namespace SurveyFigures.Bench;

/// <summary>
/// A generated ledger that stresses the joint model (issue #20): 200 figures printed (half-up, whole percent) from
/// rows drawn with a fixed seed, so every figure can hold with every other. Five subgroups whose exact size is
/// unknown (two regions, two sectors, the young), either defined by their printed share of everybody or not printed
/// at all (then a single-choice question of five categories takes their five figures), a chain nested three deep
/// (use, weekly use among users, daily use among weekly users, each a share of everybody), and yes/no items (32 by
/// default) each printed among everybody and in each of <c>breakdowns</c> subgroups, in turn.
/// </summary>
public static class JointLedger
{
    private static readonly IReadOnlyList<SourceLocator> Source = [new("doc", "s1")];

    /// <param name="printedSizes">Whether each subgroup's share of everybody is printed (a single-choice figure defines
    /// the base, its size known to a percent), or not (a base of a column and a value, its size anything).</param>
    public static Study Create(int respondents = 1000, bool printedSizes = true, int items = 32, int breakdowns = 5)
    {
        var random = new Random(20);
        var n = respondents;
        string[] Draw(Func<int, string> value) => [.. Enumerable.Range(0, n).Select(value)];
        var region = Draw(_ => random.Next(100) switch { < 35 => "north", < 75 => "south", _ => "other" });
        var sector = Draw(_ => random.Next(100) switch { < 45 => "public", < 80 => "private", _ => "other" });
        var age = Draw(_ => random.Next(100) < 30 ? "young" : "old");
        var profession = Draw(_ => random.Next(100) switch { < 40 => "doctor", < 60 => "nurse", < 75 => "pharmacist", < 90 => "secretary", _ => "other" });
        var uses = Draw(_ => random.Next(100) < 85 ? "1" : "0");
        var weekly = Draw(r => uses[r] == "1" && random.Next(100) < 75 ? "1" : "0");
        var daily = Draw(r => weekly[r] == "1" && random.Next(100) < 55 ? "1" : "0");
        var bases = new List<BaseDefinition> { new(BaseDefinition.All, Text("all")) };
        var subgroups = new (string Id, string Column, string Value, string[] Rows)[]
        {
            ("north", "region", "north", region), ("south", "region", "south", region), ("public", "sector", "public", sector),
            ("private", "sector", "private", sector), ("young", "age", "young", age),
        };
        bases.AddRange(subgroups.Select(s => printedSizes ? new BaseDefinition(s.Id, Text(s.Id), Figure: $"{s.Column}.{s.Value}") : new BaseDefinition(s.Id, Text(s.Id), Column: s.Column, Value: s.Value)));
        var figures = new List<Figure>();
        var questions = new List<QuestionDefinition>();
        void Add(string id, string question, FigureKind kind, string baseId, string? parent, string column, string value, int count, int of)
        {
            if (!questions.Any(q => q.Id == question))
            {
                questions.Add(new QuestionDefinition(question, Text(question)));
            }
            var percent = (int)Math.Round(100m * count / of, MidpointRounding.AwayFromZero);
            figures.Add(new Figure(id, question, kind, Text(id), baseId, parent, parent is null ? null : NestedDenominator.Base, [], column, value,
                [new PrintedVersion(percent.ToString(CultureInfo.InvariantCulture), new PrintedPercent(percent, 0), Qualifier.None, null, Source, "", figures.Count + 2)]));
        }
        int Count(string[] column, string value, Func<int, bool> within) => Enumerable.Range(0, n).Count(r => within(r) && column[r] == value);
        if (printedSizes)
        {
            foreach (var s in subgroups)
            {
                Add($"{s.Column}.{s.Value}", s.Column, FigureKind.Single, BaseDefinition.All, null, s.Column, s.Value, Count(s.Rows, s.Value, _ => true), n);
            }
        }
        else
        {
            foreach (var p in new[] { "doctor", "nurse", "pharmacist", "secretary", "other" })
            {
                Add($"profession.{p}", "profession", FigureKind.Single, BaseDefinition.All, null, "profession", p, Count(profession, p, _ => true), n);
            }
        }
        Add("use.any", "use", FigureKind.Multi, BaseDefinition.All, null, "uses", Figure.BinaryYes, Count(uses, "1", _ => true), n);
        Add("use.weekly", "use", FigureKind.Nested, BaseDefinition.All, "use.any", "weekly", Figure.BinaryYes, Count(weekly, "1", _ => true), n);
        Add("use.daily", "use", FigureKind.Nested, BaseDefinition.All, "use.weekly", "daily", Figure.BinaryYes, Count(daily, "1", _ => true), n);
        for (var i = 1; i <= items; i++)
        {
            // Each item leans on region and sector, so the subgroups' shares differ.
            var lean = new Dictionary<string, int> { ["north"] = random.Next(-20, 21), ["south"] = random.Next(-20, 21), ["public"] = random.Next(-20, 21), ["private"] = random.Next(-20, 21) };
            var middle = random.Next(30, 71);
            var column = Draw(r => random.Next(100) < middle + lean.GetValueOrDefault(region[r]) + lean.GetValueOrDefault(sector[r]) ? "1" : "0");
            var question = $"q{i:D3}";
            var name = $"item_{i:D3}";
            Add($"{name}.all", question, FigureKind.Multi, BaseDefinition.All, null, name, Figure.BinaryYes, Count(column, "1", _ => true), n);
            foreach (var s in Enumerable.Range(0, breakdowns).Select(k => subgroups[((i * breakdowns) + k) % subgroups.Length]))
            {
                Add($"{name}.{s.Id}", question, FigureKind.Multi, s.Id, null, name, Figure.BinaryYes, Count(column, "1", r => s.Rows[r] == s.Value), s.Rows.Count(v => v == s.Value));
            }
        }
        return SyntheticLedger.Validated($"joint-{(printedSizes ? "printed" : "unpublished")}-{breakdowns}of5-{respondents}x{figures.Count}", "Generated joint-model study", "Joint", respondents, bases, questions,
            printedSizes ? [Residual("region", "other"), Residual("sector", "other"), Residual("age", "old")] : [], figures);
    }

    private static ResidualCategory Residual(string column, string value) => new(column, value, Text(value), Text("not printed"));

    private static LocalizedText Text(string text) => new(text, text);
}
