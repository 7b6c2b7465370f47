using System.Security.Cryptography;
using System.Text;
using SurveyFigures.Coverage;

namespace SurveyFigures.Tests.Support;

/// <summary>
/// A throwaway study whose one source, "text", has a local copy of one line (section "s"), checked for coverage
/// against the given ledger: the scaffolding of coverage tests on a sentence of their own.
/// </summary>
internal static class OneLineText
{
    public static SourceCoverage Coverage(string text, string ledger, int sampleSize)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var source = $$$"""
            {"id": "text", "document": "Texte fictif", "publisher": "Nous", "published": "2026", "address": "https://example.org/texte", "retrieved": "2026-03-01",
             "sections": {"s": "the sentence"}, "text": {"file": "text.txt", "sha256": "{{{hash}}}", "sections": {"s": "1"}, "exclusions": []}}
            """;
        using var study = new TempStudy(ledger, sampleSize: sampleSize, sources: source);
        var folder = Directory.CreateDirectory(Path.Combine(study.Container, "sources")).FullName;
        File.WriteAllText(Path.Combine(folder, "text.txt"), text, new UTF8Encoding(false));
        var loaded = study.Load();
        return CoverageCheck.Check(loaded, SourceTextLoader.Load(loaded, folder)).Single();
    }
}
