using Google.OrTools.Sat;
using SurveyFigures.Consistency;
using SurveyFigures.Consistency.Joint;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Consistency.Joint;

/// <summary>
/// The model's linear form of a printed share agrees with the bisection of <see cref="PrintedCounts"/> (itself checked
/// against a scan of every count), for every count of every n up to a bound, under every rule, for plain, qualified and
/// verbal versions: the oracle is the exact rounding arithmetic of <see cref="Rounding"/>, not the solver.
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class ShareConstraintTests
{
    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var rule in RoundingRules.Names)
        {
            foreach (var (printed, decimals) in new[] { ("0", 0), ("7.9", 1), ("12.5", 1), ("33", 0), ("50", 0), ("66.7", 1), ("99", 0), ("100", 0) })
            {
                data.Add(printed, decimals, rule);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_linear_form_allows_exactly_the_counts_that_print_as_the_figure(string printed, int decimals, string ruleName)
    {
        var rule = RoundingRules.Parse(ruleName);
        var version = Plain(printed, decimals);
        for (var n = 1; n <= 60; n++)
        {
            var allowed = Allowed(version, n, rule);
            var expected = PrintedCounts.For(version, n, rule);
            Assert.True(Same(expected, allowed), $"{printed} % of {n} under {ruleName}: bisection gives {expected}, the model {string.Join(",", allowed)}");
        }
    }

    [Theory]
    [InlineData("72", Qualifier.MoreThan)]
    [InlineData("72", Qualifier.AtLeast)]
    [InlineData("66", Qualifier.Nearly)]
    [InlineData("40", Qualifier.About)]
    public void Qualified_numbers_allow_the_counts_of_their_interval(string printed, Qualifier qualifier)
    {
        var version = Plain(printed, 0) with { Qualifier = qualifier };
        for (var n = 1; n <= 60; n++)
        {
            Assert.True(Same(PrintedCounts.For(version, n, RoundingRule.HalfUp), Allowed(version, n, RoundingRule.HalfUp)), $"{qualifier} {printed} of {n}");
        }
    }

    [Fact]
    public void Words_allow_the_counts_of_their_reading()
    {
        var version = new PrintedVersion("près de deux tiers", null, Qualifier.None, new VerbalInterval(60, 66.7m), [], "", 1);
        for (var n = 1; n <= 60; n++)
        {
            Assert.True(Same(PrintedCounts.For(version, n, RoundingRule.HalfUp), Allowed(version, n, RoundingRule.HalfUp)), $"words of {n}");
        }
    }

    private static PrintedVersion Plain(string printed, int decimals) =>
        new(printed, new PrintedPercent(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), decimals), Qualifier.None, null, [], "", 1);

    private static bool Same(CountRange range, IReadOnlyList<int> counts) =>
        counts.Count == range.Size && counts.All(range.Contains);

    /// <summary>Every count k of n the model accepts, asked one by one with k and n fixed.</summary>
    private static List<int> Allowed(PrintedVersion version, int n, RoundingRule rule)
    {
        var allowed = new List<int>();
        for (var k = 0; k <= n; k++)
        {
            var model = new CpModel();
            var on = model.NewBoolVar("on");
            model.Add(on == 1);
            ShareConstraint.Add(model, version, LinearExpr.Constant(k), LinearExpr.Constant(n), rule, on);
            if (new CpSolver().Solve(model) is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                allowed.Add(k);
            }
        }
        return allowed;
    }
}
