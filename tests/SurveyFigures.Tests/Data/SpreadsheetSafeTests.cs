using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>CSV injection: what a spreadsheet would run as a formula gets a quote in front; numbers and plain text stay as they are.</summary>
public class SpreadsheetSafeTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"https://evil.example\")", "'=HYPERLINK(\"https://evil.example\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("-", "'-")]
    [InlineData("-5", "-5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("+3", "+3")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("54", "54")]
    [InlineData("près de deux tiers", "près de deux tiers")]
    [InlineData("https://example.org/=x", "https://example.org/=x")]
    [InlineData("", "")]
    public void Neutralises_formulas_but_not_numbers(string field, string written) => Assert.Equal(written, SpreadsheetSafe.Field(field));

    [Fact]
    public void Every_csv_record_this_repository_writes_goes_through_the_helper()
    {
        // A writer added later that calls CsvWriter directly would write fields unchecked.
        var sources = Directory.GetFiles(Path.Combine(RepositoryStudies.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "SpreadsheetSafe.cs");
        var direct = sources.Where(f => File.ReadAllText(f) is var text
            && (text.Contains(".WriteRecord(", StringComparison.Ordinal) || text.Contains(".WriteRecords(", StringComparison.Ordinal) || text.Contains(".WriteField(", StringComparison.Ordinal)));
        Assert.Empty(direct);
        Assert.Contains(sources, f => File.ReadAllText(f).Contains(".WriteSafeRecord(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-x")]
    [InlineData("=x")]
    [InlineData("@x")]
    public void A_category_code_that_could_not_be_written_as_it_is_is_refused_at_load(string code)
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("x", "50", "c", code, "single"), TempStudy.Row("y", "50", "c", "y", "single")));
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("value", e.Column);
        Assert.Equal(code, e.Value);
        Assert.Equal(2, e.Line);
    }
}
