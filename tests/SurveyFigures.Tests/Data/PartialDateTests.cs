using SurveyFigures.Data;

namespace SurveyFigures.Tests.Data;

/// <summary>Dates at the precision they were published with.</summary>
public class PartialDateTests
{
    [Theory]
    [InlineData("2025", "2025", "2025")]
    [InlineData("2024-07", "July 2024", "juillet 2024")]
    [InlineData("2024-11-16", "16 November 2024", "16 novembre 2024")]
    [InlineData("2024-02-29", "29 February 2024", "29 février 2024")]
    public void Shows_what_was_published_and_no_more(string text, string english, string french)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(english, date.Format(Language.En));
        Assert.Equal(french, date.Format(Language.Fr));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-02-29")]
    [InlineData("July 2024")]
    [InlineData("25")]
    [InlineData("")]
    [InlineData("2024-02-31")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("0000-01-01")]
    public void Refuses_what_is_not_a_date(string text) => Assert.Null(PartialDate.TryParse(text));

    [Theory]
    [InlineData("2024-11-16", "2025-01-15", -1)]
    [InlineData("2024-11-16", "2024-11", 0)]
    [InlineData("2024-11-16", "2024", 0)]
    [InlineData("2025", "2024-12", 1)]
    [InlineData("2024-12-02", "2024-12-01", 1)]
    [InlineData("2024-07", "2025-01", -1)]
    public void Compares_at_the_precision_both_dates_share(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(PartialDate.CompareAtSharedPrecision(PartialDate.Parse(a), PartialDate.Parse(b))));
}
