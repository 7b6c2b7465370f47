using SurveyFigures.Data;

namespace SurveyFigures.Tests.Data;

public class PrintedPercentTests
{
    [Theory]
    [InlineData("54", 54, 0, 54)]
    [InlineData("12.5", 12.5, 1, 125)]
    [InlineData("12,5", 12.5, 1, 125)]
    [InlineData("66.70", 66.7, 2, 6670)]
    [InlineData("0", 0, 0, 0)]
    [InlineData("100", 100, 0, 100)]
    public void Keeps_value_and_printed_decimals(string text, double value, int decimals, long scaled)
    {
        var p = PrintedPercent.TryParse(text);
        Assert.NotNull(p);
        Assert.Equal((decimal)value, p.Value.Value);
        Assert.Equal(decimals, p.Value.Decimals);
        Assert.Equal(scaled, p.Value.Scaled);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("54 %")]
    [InlineData("-3")]
    [InlineData("100.5")]
    [InlineData("1.2.3")]
    [InlineData(".5")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("99999999999999999999999999999999.5")]
    public void Rejects_what_is_not_a_printed_percentage(string text) => Assert.Null(PrintedPercent.TryParse(text));

    [Fact]
    public void Prints_back_with_its_decimals() => Assert.Equal("66.70", PrintedPercent.TryParse("66,70")!.Value.ToString());
}
