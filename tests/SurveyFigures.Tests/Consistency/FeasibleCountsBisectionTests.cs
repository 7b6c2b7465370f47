using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Consistency;

/// <summary>FeasibleCounts bisects its window (for large bases); it must find exactly the counts a full scan finds.</summary>
public class FeasibleCountsBisectionTests
{
    private static readonly string[] Printed = ["0", "0.5", "2", "12.5", "18", "33.3", "50", "66", "66.67", "99.5", "100"];

    [Fact]
    public void Bisection_finds_what_a_scan_of_every_count_finds()
    {
        var sizes = Enumerable.Range(1, 220).Concat([333, 540, 760, 1001, 4999, 10_007]);
        foreach (var rule in Enum.GetValues<RoundingRule>())
        {
            foreach (var text in Printed)
            {
                var p = PrintedPercent.TryParse(text)!.Value;
                foreach (var n in sizes)
                {
                    var matching = Enumerable.Range(0, n + 1).Where(k => Rounding.Matches(k, n, p, rule)).ToList();
                    var expected = matching.Count == 0 ? CountRange.Empty : new CountRange(matching[0], matching[^1]);
                    Assert.Equal(expected, FeasibleCounts.For(p, n, rule));
                    Assert.Equal(matching.Count, expected.Size);
                }
            }
        }
    }

    [Fact]
    public void Compare_is_zero_exactly_when_the_count_matches_and_never_decreases()
    {
        foreach (var rule in Enum.GetValues<RoundingRule>())
        {
            foreach (var text in Printed)
            {
                var p = PrintedPercent.TryParse(text)!.Value;
                foreach (var n in new[] { 1, 7, 200, 760 })
                {
                    var previous = -1;
                    for (var k = 0; k <= n; k++)
                    {
                        var c = Rounding.Compare(k, n, p, rule);
                        Assert.Equal(Rounding.Matches(k, n, p, rule), c == 0);
                        Assert.True(c >= previous, $"{rule} {text} % of {n}: Compare drops at k = {k}");
                        previous = c;
                    }
                }
            }
        }
    }

    /// <summary>The consistency checker takes the hull of feasible ranges over ascending base sizes from its two ends; that relies on this.</summary>
    [Fact]
    public void Both_ends_of_the_feasible_range_never_decrease_as_the_base_grows()
    {
        foreach (var rule in Enum.GetValues<RoundingRule>())
        {
            foreach (var text in Printed)
            {
                var p = PrintedPercent.TryParse(text)!.Value;
                var previous = CountRange.Empty;
                foreach (var n in Enumerable.Range(1, 1200))
                {
                    var range = FeasibleCounts.For(p, n, rule);
                    if (range.IsEmpty)
                    {
                        continue;
                    }
                    Assert.True(previous.IsEmpty || (range.Min >= previous.Min && range.Max >= previous.Max), $"{rule} {text} % at n = {n}: {previous} then {range}");
                    previous = range;
                }
            }
        }
    }
}
