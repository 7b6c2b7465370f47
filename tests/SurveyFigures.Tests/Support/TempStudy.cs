using System.Text;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Support;

/// <summary>A throwaway study folder with a minimal study.json and a ledger given as text, for tests of bad or unusual input.</summary>
public sealed class TempStudy : IDisposable
{
    public const string Header = "id,question,kind,label_fr,label_en,printed,base,parent,of,column,value,read_low,read_high,source";

    /// <param name="under">A folder path inside the temporary container to put the study in (data/studies for a whole repository).</param>
    public TempStudy(string ledger, int sampleSize = 100, string residuals = "[]", string readings = "[]", string bases = "", string questions = "", string under = "", string sources = "")
    {
        // The folder is named after the study's id, as study.json's id must be.
        Container = Path.Combine(Path.GetTempPath(), "surveyfigures-tests", Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Container, under, "test-study");
        Directory.CreateDirectory(Folder);
        var extraBases = bases.Length == 0 ? "" : "," + bases;
        var extraSources = sources.Length == 0 ? "" : "," + sources;
        var questionList = questions.Length == 0 ? """{"id":"q","label":{"fr":"Q","en":"Q"}}""" : questions;
        File.WriteAllText(Path.Combine(Folder, Study.MetadataFile), $$$"""
            {
              "id": "test-study",
              "title": {"fr": "Étude test", "en": "Test study"},
              "short_title": {"fr": "Test", "en": "Test"},
              "publishers": ["Nobody"],
              "population": {"fr": "Personne", "en": "Nobody"},
              "sample_size": {{{sampleSize}}},
              "fieldwork": {"start": null, "end": null},
              "sampling": {"fr": "Aucun", "en": "None"},
              "rounding": "half-up",
              "sources": [{"id": "doc", "document": "A document", "publisher": "Nobody", "published": "2025", "address": "https://example.org/doc", "retrieved": "2026-01-01", "sections": {"s1": "section one"}}{{{extraSources}}}],
              "bases": [{"id": "all", "label": {"fr": "Tous", "en": "All"}}{{{extraBases}}}],
              "questions": [{{{questionList}}}],
              "residuals": {{{residuals}}},
              "readings": {{{readings}}},
              "respondents": {"file": "respondents.csv", "synthetic": true, "note": {"fr": "Synthétique", "en": "Synthetic"}, "assumptions": []}
            }
            """, new UTF8Encoding(false));
        WriteLedger(ledger);
    }

    /// <summary>The temporary folder holding the study folder (and nothing else unless a test puts it there).</summary>
    public string Container { get; }
    public string Folder { get; }
    public string LedgerPath => Path.Combine(Folder, Study.LedgerFile);

    /// <summary>Replaces a piece of the generated study.json, to make it say something else (or something wrong).</summary>
    public void EditMetadata(string from, string to)
    {
        var path = Path.Combine(Folder, Study.MetadataFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to), new UTF8Encoding(false));
    }

    public void WriteLedger(string text) => File.WriteAllText(LedgerPath, text, new UTF8Encoding(false));

    public Study Load() => Study.Load(Folder);

    /// <summary>A ledger row with the common fields filled in; override what the test is about.</summary>
    public static string Row(string id, string printed, string column, string value = "1", string kind = "multi", string baseId = "all",
        string parent = "", string of = "", string low = "", string high = "", string question = "q") =>
        $"{id},{question},{kind},Libellé {id},Label {id},{printed},{baseId},{parent},{of},{column},{value},{low},{high},doc:s1";

    public static string Ledger(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public void Dispose()
    {
        if (Directory.Exists(Container))
        {
            Directory.Delete(Container, recursive: true);
        }
    }
}
