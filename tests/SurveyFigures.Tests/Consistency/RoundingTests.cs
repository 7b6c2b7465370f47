using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Consistency;

/// <summary>Reference values worked by hand: 1/8 = 12.5 %, 3/8 = 37.5 %, 1/3 = 33.33… %, 2/3 = 66.66… %.</summary>
public class RoundingTests
{
    private static PrintedPercent P(string s) => PrintedPercent.TryParse(s)!.Value;

    [Theory]
    // 1/8 = 12.5 %: a tie at integer precision.
    [InlineData(1, 8, "13", RoundingRule.HalfUp, true)]
    [InlineData(1, 8, "12", RoundingRule.HalfUp, false)]
    [InlineData(1, 8, "12", RoundingRule.HalfEven, true)]
    [InlineData(1, 8, "12", RoundingRule.HalfDown, true)]
    [InlineData(1, 8, "13", RoundingRule.HalfDown, false)]
    // 3/8 = 37.5 %: half-even goes up to the even 38.
    [InlineData(3, 8, "38", RoundingRule.HalfEven, true)]
    [InlineData(3, 8, "37", RoundingRule.HalfEven, false)]
    // 2/3 = 66.67 %: floor 66, ceiling 67, either under up-or-down.
    [InlineData(2, 3, "66", RoundingRule.Floor, true)]
    [InlineData(2, 3, "67", RoundingRule.Floor, false)]
    [InlineData(2, 3, "67", RoundingRule.Ceiling, true)]
    [InlineData(2, 3, "66", RoundingRule.UpOrDown, true)]
    [InlineData(2, 3, "67", RoundingRule.UpOrDown, true)]
    [InlineData(2, 3, "65", RoundingRule.UpOrDown, false)]
    // An exact share is the same under every rule: 1/4 = 25 %.
    [InlineData(1, 4, "25", RoundingRule.Ceiling, true)]
    [InlineData(1, 4, "26", RoundingRule.Ceiling, false)]
    // Printed decimals count: 1/3 = 33.33 % at two decimals, 33.3 at one.
    [InlineData(1, 3, "33.33", RoundingRule.HalfUp, true)]
    [InlineData(1, 3, "33.3", RoundingRule.HalfUp, true)]
    [InlineData(1, 3, "33.0", RoundingRule.HalfUp, false)]
    public void Matches_under_each_rule(long k, long n, string printed, RoundingRule rule, bool expected) =>
        Assert.Equal(expected, Rounding.Matches(k, n, P(printed), rule));

    [Theory]
    [InlineData("half-up", RoundingRule.HalfUp)]
    [InlineData("half-even", RoundingRule.HalfEven)]
    [InlineData("half-down", RoundingRule.HalfDown)]
    [InlineData("floor", RoundingRule.Floor)]
    [InlineData("ceiling", RoundingRule.Ceiling)]
    [InlineData("up-or-down", RoundingRule.UpOrDown)]
    public void Names_round_trip(string name, RoundingRule rule)
    {
        Assert.Equal(rule, RoundingRules.Parse(name));
        Assert.Equal(name, RoundingRules.Name(rule));
    }

    [Fact]
    public void Unknown_rule_names_the_choices() =>
        Assert.Contains("half-up", Assert.Throws<ArgumentException>(() => RoundingRules.Parse("nearest")).Message);
}
