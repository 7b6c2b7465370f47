using System.Security.Cryptography;
using System.Text;
using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Tests.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Coverage;

/// <summary>
/// A source's text.file is confined to the source-text folder as respondents.file is to its study: no absolute path and
/// no ".." (refused when study.json is read), no symbolic link (refused before anything is read or hashed), and only a
/// regular, strictly UTF-8 file is read.
/// </summary>
public sealed class SourceTextLoaderTests : IDisposable
{
    private const string Text = "Enquête fictive\n\n45 % utilisent un agenda.\n";

    private readonly List<TempStudy> _studies = [];

    private TempStudy StudyWithText(string file, string text = Text)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var study = new TempStudy(TempStudy.Ledger("usage,q,single,Agenda,Calendar,45,all,,,agenda,1,,,text:s"), sampleSize: 200, sources: $$$"""
            {"id": "text", "document": "Texte", "publisher": "Nous", "published": "2026", "address": "https://example.org/texte", "retrieved": "2026-03-01",
             "sections": {"s": "all"}, "text": {"file": "{{{file}}}", "sha256": "{{{hash}}}", "sections": {"s": "1-3"}, "exclusions": []}}
            """);
        _studies.Add(study);
        Directory.CreateDirectory(Sources(study));
        return study;
    }

    private static string Sources(TempStudy study) => Path.Combine(study.Container, "sources");

    [Theory]
    [InlineData("../secret.txt", "climbs out")]
    [InlineData("sub/../../secret.txt", "climbs out")]
    [InlineData("/etc/passwd", "an absolute path")]
    [InlineData("C:/Windows/win.ini", "an absolute path")]
    [InlineData("", "an empty path")]
    public void A_path_out_of_the_folder_is_refused_when_study_json_is_read(string file, string problem)
    {
        var study = StudyWithText(file);
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("sources[1].text.file", e.Column);
        Assert.Equal(12, e.Line);
        Assert.Contains(problem, e.Message);
        Assert.Contains("source-text folder", e.Message);
    }

    [Fact]
    public void A_symbolic_link_is_refused_before_the_file_is_read_or_hashed()
    {
        var study = StudyWithText("text.txt");
        var outside = Path.Combine(study.Container, "outside.txt");
        File.WriteAllText(outside, "not the recorded text");
        File.CreateSymbolicLink(Path.Combine(Sources(study), "text.txt"), outside);
        var e = Assert.Throws<DataFileException>(() => SourceTextLoader.Load(study.Load(), Sources(study)));
        Assert.Equal("sources.text.text.file", e.Column);
        Assert.Contains("symbolic link", e.Message);
        Assert.DoesNotContain("changed under us", e.Message);
    }

    [Fact]
    public async Task A_fifo_in_the_folder_is_refused_without_hanging()
    {
        var study = StudyWithText("text.txt");
        if (!RegularFileTests.MakeFifo(Path.Combine(Sources(study), "text.txt")))
        {
            return;
        }
        var loaded = study.Load();
        var e = await NoHang.Run(() => Assert.Throws<DataFileException>(() => SourceTextLoader.Load(loaded, Sources(study))));
        Assert.Contains("not a regular file", e.Message);
    }

    [Fact]
    public void A_text_that_is_not_utf8_is_an_error_at_the_line_of_its_first_bad_byte()
    {
        // Latin-1 "é" on line 3, recorded with its own hash so only the encoding is wrong.
        var bytes = Encoding.Latin1.GetBytes("Enquete\n\n45 % ont répondu.\n");
        var study = StudyWithText("text.txt");
        File.WriteAllBytes(Path.Combine(Sources(study), "text.txt"), bytes);
        study.EditMetadata(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var e = Assert.Throws<DataFileException>(() => SourceTextLoader.Load(study.Load(), Sources(study)));
        Assert.Equal("text.txt", e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("0xE9", e.Value);
    }

    [Fact]
    public void A_section_line_too_large_for_a_number_is_refused_at_its_line()
    {
        var study = StudyWithText("text.txt");
        study.EditMetadata("\"s\": \"1-3\"", "\"s\": \"1-123456789012345678901234567890\"");
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("sources[1].text.sections.s", e.Column);
        Assert.Equal(12, e.Line);
    }

    [Fact]
    public void A_plain_file_in_the_folder_is_read()
    {
        var study = StudyWithText("text.txt");
        File.WriteAllText(Path.Combine(Sources(study), "text.txt"), Text, new UTF8Encoding(false));
        Assert.Equal(Text, SourceTextLoader.Load(study.Load(), Sources(study)).Single().Text);
    }

    public void Dispose() => _studies.ForEach(s => s.Dispose());
}
