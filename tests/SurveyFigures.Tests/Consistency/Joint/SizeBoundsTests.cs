using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Consistency.Joint;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// The floor <see cref="SizeBounds"/> states for a subgroup of unpublished size is the first size out of which every
/// share printed of it can be printed, checked against an oracle that rounds 100·k/n half-up in decimal arithmetic for
/// every k and n (no <see cref="PrintedCounts"/>, no model).
/// </summary>
public sealed class SizeBoundsTests
{
    private const string Bases = """{"id":"doctors","label":{"fr":"Médecins","en":"Doctors"},"column":"profession","value":"doctor"}""";

    [Fact]
    public void The_floor_is_the_first_size_out_of_which_every_share_prints()
    {
        var random = new Random(6);
        for (var trial = 0; trial < 40; trial++)
        {
            var shares = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(1, 100)).ToList();
            var rows = shares.Select((p, i) => TempStudy.Row($"item{i}.doctors", p.ToString(CultureInfo.InvariantCulture), $"item{i}", baseId: "doctors")).ToArray();
            using var temp = new TempStudy(TempStudy.Ledger(rows), sampleSize: 500, bases: Bases);
            var study = temp.Load();
            var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, ModelParts.Split(study).Single());
            var floors = SizeBounds.Of(model, model.Constraints).All.ToList();
            var expected = Enumerable.Range(1, 500).First(n => shares.All(p => Prints(p, n)));
            if (expected == 1)
            {
                Assert.Empty(floors);
                continue;
            }
            var (_, low, high) = Assert.Single(floors);
            Assert.True(expected == low, $"shares {string.Join(", ", shares)}: the oracle's first size is {expected}, the floor {low}");
            Assert.Equal(500, high);
        }
    }

    [Fact]
    public void Shares_that_no_size_up_to_the_sample_prints_together_get_a_floor_above_the_sample()
    {
        // 13 % and 33 % of at most 10 respondents: 13 % prints only out of 8 (1 of 8) and 33 % only out of 3, 6 and 9.
        var rows = new[] { TempStudy.Row("a.doctors", "13", "a", baseId: "doctors"), TempStudy.Row("b.doctors", "33", "b", baseId: "doctors") };
        using var temp = new TempStudy(TempStudy.Ledger(rows), sampleSize: 10, bases: Bases);
        var study = temp.Load();
        var model = new StudyModel(study, RoundingRule.HalfUp, (_, _) => true, ModelParts.Split(study).Single());
        Assert.Equal(11, Assert.Single(SizeBounds.Of(model, model.Constraints).All).Low);
    }

    /// <summary>Whether some count k of n rounds half-up to p % (decimal arithmetic, every k tried).</summary>
    private static bool Prints(int p, int n) =>
        Enumerable.Range(0, n + 1).Any(k => decimal.Round(100m * k / n, 0, MidpointRounding.AwayFromZero) == p);
}
