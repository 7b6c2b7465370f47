using System.Security.Cryptography;
using System.Text;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>
/// Seeded fuzzing of the repository's real studies: each case copies a study, damages one of its files at random
/// (a character or line removed, doubled or swapped, a number replaced, the file cut short, stray punctuation) and
/// loads and analyses it as the main job does. Every case must end in success or a DataFileException that names the
/// file; any other exception is a bug, reported with its seed. The data/ folder itself is never touched.
/// </summary>
[Trait("Category", "Exhaustive")]
public class DataFuzzTests
{
    private const int CasesPerStudy = 1500;

    private static readonly string[] Files = [Study.MetadataFile, Study.LedgerFile, "respondents.csv"];
    private static readonly string[] Noise = ["\"", ",", ";", "{", "}", "[", "]", ":", "\n", "-", "9", "0.5", "é", "\t", " ", "null", "1e99", "-1", "..", "%", "\\"];

    public static TheoryData<string> Studies()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(RepositoryLayout.Studies(RepositoryStudies.Root)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Studies))]
    public void Damaged_files_end_in_success_or_a_clear_error(string studyId)
    {
        var source = Path.Combine(RepositoryLayout.Studies(RepositoryStudies.Root), studyId);
        var before = DataHash();
        var container = Directory.CreateTempSubdirectory("fuzz-").FullName;
        var folder = Path.Combine(container, studyId);
        var failures = new List<string>();
        var (succeeded, refused) = (0, 0);
        try
        {
            Directory.CreateDirectory(folder);
            for (var seed = 0; seed < CasesPerStudy && failures.Count < 5; seed++)
            {
                foreach (var file in Files)
                {
                    File.Copy(Path.Combine(source, file), Path.Combine(folder, file), overwrite: true);
                }
                var random = new Random(seed);
                var target = Files[random.Next(Files.Length)];
                var mutation = Mutate(Path.Combine(folder, target), random);
                try
                {
                    var study = Study.Load(folder);
                    StudyAnalysis.FromRespondents(study, RespondentCsv.Read(study), new RecomputeOptions());
                    succeeded++;
                }
                catch (DataFileException e) when (e.File.Length > 0)
                {
                    refused++;
                }
                catch (Exception e)
                {
                    failures.Add($"seed {seed}, {target}: {mutation} -> {e.GetType().Name}: {e.Message}");
                }
            }
        }
        finally
        {
            Directory.Delete(container, recursive: true);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(refused > CasesPerStudy / 10, $"only {refused} of {CasesPerStudy} damaged files were refused: the mutations are too gentle to test anything");
        Assert.True(succeeded + refused == CasesPerStudy);
        Assert.Equal(before, DataHash());
    }

    // One random edit of the file; returns what it did, for the failure message.
    private static string Mutate(string path, Random random)
    {
        var text = File.ReadAllText(path);
        var at = random.Next(text.Length);
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        string result, what;
        switch (random.Next(7))
        {
            case 0:
                (result, what) = (text.Remove(at, 1), $"removed '{text[at]}' at {at}");
                break;
            case 1:
                var noise = Noise[random.Next(Noise.Length)];
                (result, what) = (text.Insert(at, noise), $"inserted '{noise}' at {at}");
                break;
            case 2:
                lines.Insert(line, lines[line]);
                (result, what) = (string.Join('\n', lines), $"doubled line {line + 1}");
                break;
            case 3:
                lines.RemoveAt(line);
                (result, what) = (string.Join('\n', lines), $"removed line {line + 1}");
                break;
            case 4:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                (result, what) = (string.Join('\n', lines), $"swapped lines {line + 1} and {other + 1}");
                break;
            case 5:
                var digit = text.IndexOfAny("0123456789".ToCharArray(), at);
                var replacement = Noise[random.Next(Noise.Length)];
                (result, what) = digit < 0 ? (text, "nothing (no digit after the position)") : (text.Remove(digit, 1).Insert(digit, replacement), $"digit at {digit} replaced by '{replacement}'");
                break;
            default:
                (result, what) = (text[..at], $"cut at {at}");
                break;
        }
        File.WriteAllText(path, result, new UTF8Encoding(false));
        return what;
    }

    private static string DataHash()
    {
        var data = Path.Combine(RepositoryStudies.Root, "data");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
