using System.Text.Json.Nodes;
using SurveyFigures.Tests.Data;

namespace SurveyFigures.Tests.Pipeline;

/// <summary>
/// The manifest's data hash covers the files of data/ the run reads, and only them: another file there (a note, a FIFO
/// that would block whoever reads it) neither changes the hash nor stops the run, and a file the run reads that is not a
/// regular file is a clear error, not a hang.
/// </summary>
[Trait("Category", "EndToEnd")]
public class RunManifestTests
{
    [Fact]
    public void The_data_hash_covers_the_files_the_run_reads_and_nothing_else()
    {
        using var study = ReproduceRunTests.Repository();
        var data = Path.Combine(study.Container, "data");
        File.WriteAllLines(Path.Combine(study.Folder, "respondents.csv"), ["respondent_id,c1", .. Enumerable.Range(1, 100).Select(i => $"R{i},{(i <= 37 ? 1 : 0)}")]);
        Directory.CreateDirectory(Path.Combine(study.Container, "notebooks"));

        var (first, files) = Hash(study.Container);
        Assert.Equal(["studies/test-study/figures.csv", "studies/test-study/respondents.csv", "studies/test-study/study.json"], files);

        File.WriteAllText(Path.Combine(data, "README.md"), "notes nobody reads");
        File.WriteAllText(Path.Combine(study.Folder, "draft.txt"), "a draft beside the study");
        RegularFileTests.MakeFifo(Path.Combine(data, "pipe"));
        Assert.Equal(first, Hash(study.Container).Sha256);

        File.AppendAllText(Path.Combine(study.Folder, "respondents.csv"), "\n");
        Assert.NotEqual(first, Hash(study.Container).Sha256);
    }

    [Fact]
    public void A_fifo_the_run_would_read_is_a_clear_error_not_a_hang()
    {
        using var study = ReproduceRunTests.Repository();
        if (!RegularFileTests.MakeFifo(Path.Combine(study.Folder, "respondents.csv")))
        {
            return; // no FIFOs on this system
        }
        var (exit, output) = ReproduceRunTests.RunCli(study.Container, "reproduce");
        Assert.Equal(1, exit);
        Assert.Contains($"error: {Path.Combine("data", "studies", "test-study", "respondents.csv")}: not a regular file but a FIFO", output);
        Assert.DoesNotContain("   at ", output);
    }

    private static (string Sha256, string[] Files) Hash(string repository)
    {
        ReproduceRunTests.RunCli(repository, "reproduce");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(repository, "artifacts", "manifest.json")))!;
        return (manifest["data_sha256"]!.GetValue<string>(), [.. manifest["data_files"]!.AsArray().Select(f => f!.GetValue<string>())]);
    }
}
