using SurveyFigures.Data;
using SurveyFigures.Formatting;

namespace SurveyFigures.Tests.Formatting;

/// <summary>The one formatting path: round once, half away from zero, in the language's typography.</summary>
public class NumbersTests
{
    [Theory]
    [InlineData("0.125", 2, "en", "0.13")]
    [InlineData("0.125", 2, "fr", "0,13")]
    [InlineData("53.549999", 1, "en", "53.5")]
    [InlineData("53.55", 1, "en", "53.6")]
    [InlineData("-0.05", 1, "en", "-0.1")]
    [InlineData("72", 2, "fr", "72,00")]
    public void Rounds_once_half_away_from_zero(string value, int decimals, string language, string expected) =>
        Assert.Equal(expected, Numbers.Decimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals, LocalizedText.ParseLanguage(language)));

    [Fact]
    public void French_takes_a_non_breaking_space_before_the_percent_sign()
    {
        Assert.Equal("72,04\u00A0%", Numbers.PercentText(72.037m, 2, Language.Fr));
        Assert.Equal("72.04 %", Numbers.PercentText(72.037m, 2, Language.En));
    }

    [Fact]
    public void A_printed_version_keeps_its_precision_and_its_qualifier_in_words()
    {
        var version = new PrintedVersion("7.8", new PrintedPercent(7.8m, 1), Qualifier.None, null, [], "", 2);
        Assert.Equal("7,8\u00A0%", Numbers.Printed(version, Language.Fr));
        var more = version with { Printed = "72", Percent = new PrintedPercent(72, 0), Qualifier = Qualifier.MoreThan };
        Assert.Equal("plus de 72\u00A0%", Numbers.Printed(more, Language.Fr));
        Assert.Equal("more than 72 %", Numbers.Printed(more, Language.En));
    }

    [Fact]
    public void Figures_csv_keeps_ten_decimals_of_the_same_value()
    {
        Assert.Equal("72.0370370370", Numbers.Csv(100m * 389 / 540));
    }
}
