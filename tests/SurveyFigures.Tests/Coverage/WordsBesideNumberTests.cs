using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Coverage;

/// <summary>
/// "Plus de la moitié (53 %)": one figure printed in words and digits in one sentence is one ledger version whose
/// `words` column accounts for the words, instead of an exclusion that would hide them.
/// </summary>
public sealed class WordsBesideNumberTests
{
    private const string Text = "Plus de la moitié (53 %) des répondants utilisent l'outil.\n";

    private static SourceCoverage Coverage(string words) => OneLineText.Coverage(Text,
        TempStudy.Header + ",words\n" + TempStudy.Row("use", "53", "uses").Replace("doc:s1", "text:s") + "," + words + "\n", sampleSize: 400);

    [Fact]
    public void The_words_beside_the_number_are_accounted_for_by_the_same_version()
    {
        var coverage = Coverage("plus de la moitié");
        Assert.True(coverage.Complete, coverage.Summary());
        Assert.Equal(2, coverage.Findings.Count);
        Assert.All(coverage.Findings, f => Assert.Equal(["use"], f.Figures));
    }

    [Fact]
    public void Without_them_the_words_are_unaccounted()
    {
        var coverage = Coverage("");
        Assert.False(coverage.Complete);
        Assert.Equal("la moitié", Assert.Single(coverage.Unaccounted).Finding.Printed, ignoreCase: true);
    }
}
