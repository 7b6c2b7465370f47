using System.Security.Cryptography;
using System.Text;
using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Coverage;

/// <summary>
/// The coverage check on a fixture study whose source text is our own invented French (so every expectation below is
/// read off that text): each printed percentage must be a ledger figure of the section it sits in, or an exclusion.
/// </summary>
public sealed class CoverageCheckTests : IDisposable
{
    // Line 3: usage; line 4: barriers; lines 6-7: other. "100 %" on line 6 is a slogan, excluded.
    private const string Text = """
        Enquête fictive sur les outils

        Parmi les 200 répondants, 45 % utilisent un agenda en ligne, dont 20 % chaque jour.
        Les freins cités : le coût (30 %) et la formation (25%).

        Temps de lecture : 3 minutes. Édition 100 % numérique.
        La moitié des répondants veut plus de formation.
        """;

    private static readonly string[] Rows =
    [
        "usage,q,single,Agenda,Calendar,45,all,,,agenda,1,,,text:usage",
        "daily,q,nested,Chaque jour,Every day,20,all,usage,base,daily,1,,,text:usage",
        "cost,q,multi,Coût,Cost,30,all,,,cost,1,,,text:barriers",
        "training,q,multi,Formation,Training,25,all,,,training,1,,,text:barriers",
        "more-training,q,verbal,Veulent plus de formation,Want more training,la moitié,all,,,more_training,1,45,55,text:other",
    ];

    private readonly TempStudy _study;
    private readonly string _sources;

    public CoverageCheckTests()
    {
        _study = new TempStudy(TempStudy.Ledger(Rows), sampleSize: 200, sources: Source(Hash(Text)));
        _sources = Path.Combine(_study.Container, "sources");
        Directory.CreateDirectory(_sources);
        File.WriteAllText(Path.Combine(_sources, "text.txt"), Text, new UTF8Encoding(false));
    }

    private static string Source(string sha256, string exclusions = """[{"printed": "100 %", "line": 6, "why": "a slogan about the edition, not a survey figure"}]""") => $$$"""
        {"id": "text", "document": "Texte fictif", "publisher": "Nous", "published": "2026-02", "address": "https://example.org/texte", "retrieved": "2026-03-01",
         "sections": {"usage": "usage", "barriers": "barriers", "other": "other"},
         "text": {"file": "text.txt", "sha256": "{{{sha256}}}", "sections": {"usage": "3", "barriers": "4", "other": "6-7"}, "exclusions": {{{exclusions}}}}}
        """;

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private SourceCoverage Coverage(Study? study = null)
    {
        study ??= _study.Load();
        return CoverageCheck.Check(study, SourceTextLoader.Load(study, _sources)).Single();
    }

    [Fact]
    public void Every_percentage_of_the_text_is_a_ledger_figure_or_an_exclusion()
    {
        var coverage = Coverage();
        Assert.True(coverage.Complete, coverage.Summary());
        Assert.Equal(6, coverage.Findings.Count);
        Assert.Equal(["45 %", "20 %", "30 %", "25%", "100 %", "La moitié"], coverage.Findings.Select(f => f.Finding.Printed));
        Assert.Equal("a slogan about the edition, not a survey figure", coverage.Findings.Single(f => f.Figures.Count == 0).Exclusion!.Why);
        Assert.StartsWith("test-study: every one of the 6 percentages printed in text.txt accounted for (5 by ledger figures, 1 excluded", coverage.Summary());
    }

    [Fact]
    public void Deleting_a_ledger_row_fails_with_the_missing_percentage_and_its_sentence()
    {
        _study.WriteLedger(TempStudy.Ledger([.. Rows.Where(r => !r.StartsWith("cost,", StringComparison.Ordinal))]));
        var coverage = Coverage();
        Assert.False(coverage.Complete);
        var missing = Assert.Single(coverage.Unaccounted);
        Assert.Equal(30m, missing.Finding.Value);
        Assert.Equal("barriers", missing.Section);
        Assert.Contains("line 4: \"30 %\" is neither in the ledger (section barriers) nor excluded, in: Les freins cités : le coût (30 %) et la formation (25%).", coverage.Summary());
    }

    [Fact]
    public void A_ledger_value_the_section_does_not_print_is_named()
    {
        _study.WriteLedger(TempStudy.Ledger([.. Rows.Select(r => r.Replace(",30,all,", ",31,all,", StringComparison.Ordinal))]));
        var coverage = Coverage();
        var miss = Assert.Single(coverage.NotFound);
        Assert.Equal("cost", miss.Figure.Id);
        Assert.Contains("figure cost (31 %, text:barriers): lines 4-4 print no such value", coverage.Summary());
        Assert.Contains("print it fewer times than the ledger cites it there", coverage.Summary());
        Assert.Equal(30m, Assert.Single(coverage.Unaccounted).Finding.Value);
    }

    [Fact]
    public void A_figure_cited_in_the_wrong_section_does_not_count()
    {
        _study.WriteLedger(TempStudy.Ledger([.. Rows.Select(r => r.Replace("30,all,,,cost,1,,,text:barriers", "30,all,,,cost,1,,,text:usage", StringComparison.Ordinal))]));
        var coverage = Coverage();
        Assert.Equal("cost", Assert.Single(coverage.NotFound).Figure.Id);
        Assert.Equal(30m, Assert.Single(coverage.Unaccounted).Finding.Value);
    }

    [Fact]
    public void An_exclusion_that_matches_nothing_is_reported()
    {
        _study.EditMetadata("\"line\": 6", "\"line\": 5");
        var coverage = Coverage();
        Assert.False(coverage.Complete);
        Assert.Single(coverage.UnusedExclusions);
        Assert.Equal("100 %", Assert.Single(coverage.Unaccounted).Finding.Printed);
    }

    [Fact]
    public void A_missing_text_is_a_note_naming_the_address_not_an_error()
    {
        File.Delete(Path.Combine(_sources, "text.txt"));
        var coverage = Coverage();
        Assert.False(coverage.Available);
        Assert.Contains("not found in the source-text folder", coverage.Summary());
        Assert.Contains("https://example.org/texte", coverage.Summary());
    }

    [Fact]
    public void A_text_that_changed_under_us_is_an_error_naming_the_recorded_hash()
    {
        File.AppendAllText(Path.Combine(_sources, "text.txt"), "Ajout.\n");
        var study = _study.Load();
        var e = Assert.Throws<DataFileException>(() => SourceTextLoader.Load(study, _sources));
        Assert.Equal("sources.text.text.sha256", e.Column);
        Assert.Contains("changed under us", e.Message);
        Assert.Contains(Hash(Text), e.Message);
    }

    [Fact]
    public void Draft_proposes_a_row_for_every_ledger_figure_of_the_text_with_its_section()
    {
        var study = _study.Load();
        var rows = LedgerDraft.Rows(Text, "text", study.Metadata.Sources.Single(s => s.Id == "text").Text!.Sections);
        Assert.Equal(6, rows.Count);
        foreach (var figure in study.Figures)
        {
            Assert.Contains(rows, r => r.Locator == figure.Sources[0].ToString()
                && (figure.Percent is { } p ? r.Printed == p.ToString() : figure.Printed.Contains(r.Printed, StringComparison.OrdinalIgnoreCase)));
        }
        Assert.Equal(["single", "nested", "multi", "multi", "single", "verbal"], rows.Select(r => r.Kind));
        var output = new StringWriter();
        LedgerDraft.Write(rows, output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', LedgerColumns.Required.Concat(LedgerColumns.Optional)), lines[0]);
        // The draft is itself a ledger the reader accepts, once ids, questions and labels are filled in.
        Assert.Contains("text:barriers", lines[3]);
    }

    public void Dispose() => _study.Dispose();
}

/// <summary>Where source texts are looked for: the option, else the environment variable, else beside the repository.</summary>
public class SourceTextFolderTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "repo");

    [Fact]
    public void The_option_wins_then_the_environment_then_the_default_beside_the_repository()
    {
        string? Env(string name) => name == SourceTextFolder.EnvironmentVariable ? "/texts/from-env" : null;
        Assert.Equal(Path.GetFullPath("/texts/from-option"), SourceTextFolder.Resolve(Root, "/texts/from-option", Env));
        Assert.Equal(Path.GetFullPath("/texts/from-env"), SourceTextFolder.Resolve(Root, null, Env));
        Assert.Equal(Path.GetFullPath(Path.Combine(Root, "..", "shared", "sources")), SourceTextFolder.Resolve(Root, null, _ => null));
        // A relative option is taken from the repository root.
        Assert.Equal(Path.GetFullPath(Path.Combine(Root, "texts")), SourceTextFolder.Resolve(Root, "texts", _ => null));
    }

    // Words in the ledger must be what the text prints there: the words found, or them after the words printed just before.
    [Theory]
    [InlineData("La moitié des répondants.", "la moitié", true)]
    [InlineData("Près de deux tiers des répondants.", "près de deux tiers", true)]
    [InlineData("Au total, près de 9 sur 10 l'utilisent.", "près de 9 sur 10", true)]
    [InlineData("Deux tiers des répondants.", "près de deux tiers", false)]
    [InlineData("La moitié des répondants.", "pas la moitié", false)]
    [InlineData("La moitié des répondants.", "=1+1 la moitié", false)]
    [InlineData("La moitié des répondants.", "la moitié environ", false)]
    [InlineData("Deux tiers des répondants.", "presque deux tiers", false)]
    [InlineData("Presque deux tiers des répondants.", "que deux tiers", false)]
    public void Words_match_only_as_printed_not_by_being_contained(string text, string ledger, bool matches)
    {
        var finding = Assert.Single(PercentScanner.Scan(text));
        var version = new PrintedVersion(ledger, null, Qualifier.None, new VerbalInterval(45, 55), [], "", 2);
        Assert.Equal(matches, CoverageCheck.Matches(version, finding));
    }
}
