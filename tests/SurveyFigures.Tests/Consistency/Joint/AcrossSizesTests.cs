using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Consistency.Joint;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// The counts a version allows over a range of sizes bound every count inside a subgroup whose size is settled to that
/// range, and the joint check probes such a count from them. <see cref="JointCheck.Across"/> reads them off the smallest
/// and the largest size that print the version (both ends move up with the size); the oracle here takes the hull over
/// every size in the range instead.
/// </summary>
public sealed class AcrossSizesTests
{
    [Fact]
    public void The_counts_over_a_range_of_sizes_are_the_hull_of_each_size()
    {
        var random = new Random(11);
        var qualifiers = Enum.GetValues<Qualifier>();
        var rules = Enum.GetValues<RoundingRule>();
        for (var trial = 0; trial < 400; trial++)
        {
            var decimals = random.Next(3) == 0 ? 1 : 0;
            var scaled = random.Next(0, decimals == 1 ? 1001 : 101);
            var number = decimals == 1 ? scaled / 10m : scaled;
            var text = number.ToString(CultureInfo.InvariantCulture);
            var version = random.Next(6) switch
            {
                0 => new PrintedVersion("count", null, Qualifier.None, null, [], "", 2) { Count = random.Next(0, 60) },
                1 => new PrintedVersion("words", null, Qualifier.None, new VerbalInterval(Math.Min(number, 90), Math.Min(number, 90) + random.Next(1, 10)), [], "", 2),
                _ => new PrintedVersion(text, PrintedPercent.TryParse(text), qualifiers[random.Next(qualifiers.Length)], null, [], "", 2),
            };
            var rule = rules[random.Next(rules.Length)];
            var low = random.Next(1, 200);
            var sizes = new CountRange(low, low + random.Next(0, 120));
            var each = Enumerable.Range(sizes.Min, sizes.Size).Select(n => PrintedCounts.For(version, n, rule)).Where(r => !r.IsEmpty).ToList();
            var expected = each.Count == 0 ? CountRange.Empty : new CountRange(each.Min(r => r.Min), each.Max(r => r.Max));
            var across = JointCheck.Across(version, sizes, rule);
            Assert.True(expected == across, $"{version.Printed} ({version.Qualifier}, count {version.Count}) under {rule} over sizes {sizes}: the hull is {expected}, Across gives {across}");
        }
    }
}
