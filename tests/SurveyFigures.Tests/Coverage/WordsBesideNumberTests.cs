using System.Security.Cryptography;
using System.Text;
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

    private static SourceCoverage Coverage(string words)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
        var source = $$$"""
            {"id": "text", "document": "Texte fictif", "publisher": "Nous", "published": "2026", "address": "https://example.org/texte", "retrieved": "2026-03-01",
             "sections": {"s": "the sentence"}, "text": {"file": "text.txt", "sha256": "{{{hash}}}", "sections": {"s": "1"}, "exclusions": []}}
            """;
        var ledger = TempStudy.Header + ",words\n" + TempStudy.Row("use", "53", "uses").Replace("doc:s1", "text:s") + "," + words + "\n";
        using var study = new TempStudy(ledger, sampleSize: 400, sources: source);
        var folder = Directory.CreateDirectory(Path.Combine(study.Container, "sources")).FullName;
        File.WriteAllText(Path.Combine(folder, "text.txt"), Text, new UTF8Encoding(false));
        var loaded = study.Load();
        return CoverageCheck.Check(loaded, SourceTextLoader.Load(loaded, folder)).Single();
    }

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
