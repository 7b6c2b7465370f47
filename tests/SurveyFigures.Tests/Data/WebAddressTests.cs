using System.Text.Json;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>
/// A source's address becomes a link in the report and a cell in figures.csv: anything but an absolute https: or http:
/// address is refused when study.json is loaded, at the address's line and member.
/// </summary>
public class WebAddressTests
{
    private const string Shipped = "\"address\": \"https://example.org/doc\"";

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/doc")]
    [InlineData("/ressources/doc.html")]
    [InlineData("doc.html")]
    [InlineData("//example.org/doc")]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"doc\")")]
    [InlineData(" https://example.org/doc")]
    [InlineData("https://example.org/a doc")]
    [InlineData("https://")]
    [InlineData("https://example.org/\u0007")]
    [InlineData("")]
    public void A_non_web_address_is_refused_at_its_line(string address)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata(Shipped, "\"address\": " + JsonSerializer.Serialize(address));
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("sources[0].address", e.Column);
        Assert.Equal(11, e.Line);
        Assert.Equal(address, e.Value);
        Assert.Contains("study.json", e.Message);
    }

    [Theory]
    [InlineData("https://www.lifen.fr/ressources/blog/numerique-en-sante")]
    [InlineData("http://example.org/doc?page=2#figures")]
    [InlineData("https://example.org/caf%C3%A9")]
    public void A_web_address_is_accepted(string address)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        study.EditMetadata(Shipped, "\"address\": " + JsonSerializer.Serialize(address));
        Assert.Equal(address, study.Load().Metadata.Sources[0].Address);
    }

    [Fact]
    public void Every_shipped_address_is_a_web_address() =>
        Assert.All(RepositoryStudies.All.SelectMany(s => s.Metadata.Sources), s => Assert.True(WebAddress.IsValid(s.Address), s.Address));
}
