using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Consistency;

/// <summary>The counts a printed version allows, worked out by hand in each case's comment.</summary>
public class PrintedCountsTests
{
    private static PrintedVersion Version(string printed, Qualifier qualifier = Qualifier.None, VerbalInterval? words = null) =>
        new(printed, words is null ? PrintedPercent.TryParse(printed) : null, qualifier, words, [], "", 2);

    [Theory]
    // (72, 100] of 840: 72 % is 604.8, so 605 is the first count above; 840 the last.
    [InlineData(72, true, 100, false, 840, 605, 840)]
    // [50, 100] of 8: 4 of 8 is exactly 50, closed end included.
    [InlineData(50, false, 100, false, 8, 4, 8)]
    // (50, 100] of 8: exactly 50 excluded, so 5.
    [InlineData(50, true, 100, false, 8, 5, 8)]
    // [0, 50) of 8: 4 (exactly 50) excluded at the open top.
    [InlineData(0, false, 50, true, 8, 0, 3)]
    // [60, 66.7] of 760: 456 is exactly 60 %, 506.92 floors to 506.
    [InlineData(60, false, 66.7, false, 760, 456, 506)]
    public void Bounds_become_whole_counts_in_exact_arithmetic(double low, bool lowOpen, double high, bool highOpen, int n, int min, int max) =>
        Assert.Equal(new CountRange(min, max), PrintedCounts.InBounds(new ShareBounds((decimal)low, lowOpen, (decimal)high, highOpen), n));

    [Fact]
    public void An_empty_interval_allows_no_count()
    {
        // (50, 51) of 10: no count between 5 and 5.1.
        Assert.True(PrintedCounts.InBounds(new ShareBounds(50, true, 51, true), 10).IsEmpty);
    }

    [Fact]
    public void A_plain_number_goes_through_the_rounding_rule_and_a_qualified_one_through_its_bounds()
    {
        Assert.Equal(FeasibleCounts.For(new PrintedPercent(72, 0), 840, RoundingRule.HalfUp), PrintedCounts.For(Version("72"), 840, RoundingRule.HalfUp));
        Assert.Null(PrintedCounts.Bounds(Version("72")));
        Assert.Equal(new ShareBounds(72, true, 100, false), PrintedCounts.Bounds(Version("72", Qualifier.MoreThan)));
        Assert.Equal(new ShareBounds(60, false, 66.7m, false), PrintedCounts.Bounds(Version("près de deux tiers", words: new VerbalInterval(60, 66.7m))));
    }

    [Theory]
    // Plain 72 % of 840: the nearest feasible count to 604.8 is 605.
    [InlineData("72", Qualifier.None, 840, 605)]
    // More than 72 % of 840: the allowed count nearest 72 % is the first above it, 605.
    [InlineData("72", Qualifier.MoreThan, 840, 605)]
    // Nearly 72 % of 100: 67 to 72 allowed, nearest 72 is 72.
    [InlineData("72", Qualifier.Nearly, 100, 72)]
    // At least 50 % of 7: 3.5 or more, so 4.
    [InlineData("50", Qualifier.AtLeast, 7, 4)]
    public void The_reconstruction_target_is_the_allowed_count_nearest_the_printed_number(string printed, Qualifier qualifier, int n, int target) =>
        Assert.Equal(target, PrintedCounts.Target(Version(printed, qualifier), n, RoundingRule.HalfUp));

    [Fact]
    public void Words_aim_at_the_middle_of_their_interval()
    {
        // 45–55 % of 840: the middle, 50 %, is 420.
        Assert.Equal(420, PrintedCounts.Target(Version("la moitié", words: new VerbalInterval(45, 55)), 840, RoundingRule.HalfUp));
    }
}
