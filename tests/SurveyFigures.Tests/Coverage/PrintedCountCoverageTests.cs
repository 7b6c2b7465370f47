using SurveyFigures.Coverage;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Coverage;

/// <summary>A printed count is no percentage: the coverage check finds it where the ledger cites it, as the same digits standing alone.</summary>
public sealed class PrintedCountCoverageTests
{
    private const string Text = "Sur 1\u202F850 répondants, 197 patients n'utilisent aucun outil, soit 10,6 %.\n";

    private static SourceCoverage Coverage(string printed) => OneLineText.Coverage(Text,
        "id,question,kind,label_fr,label_en,printed,unit,base,column,value,source\n"
        + $"use.none,q,multi,Aucun,None,{printed},count,all,none,1,text:s\n"
        + "use.none,,,,,10.6,,,,,text:s;doc:s1\n", sampleSize: 1850);

    [Fact]
    public void A_count_printed_in_its_section_is_found_and_the_share_beside_it_is_accounted_for()
    {
        var coverage = Coverage("197");
        Assert.True(coverage.Complete, coverage.Summary());
        Assert.Empty(coverage.NotFound);
    }

    [Theory]
    [InlineData("19")]
    [InlineData("1970")]
    [InlineData("198")]
    public void Other_digits_are_not_the_count(string printed)
    {
        var coverage = Coverage(printed);
        Assert.False(coverage.Complete);
        Assert.Equal("use.none", Assert.Single(coverage.NotFound).Figure.Id);
    }

    [Fact]
    public void Groups_of_digits_match_whatever_space_separates_them() => Assert.Empty(Coverage("1 850").NotFound);
}
