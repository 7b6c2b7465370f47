using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Io;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.MainJob;

/// <summary>
/// artifacts/manifest.json: what one run of the main job did — when, from which data (a SHA-256 over the files of data/ it
/// reads), with which
/// options, which outputs it wrote, whether it succeeded and why not. Outputs this run did not write are left over
/// from an earlier run and no longer match the data: they are removed, and the manifest says so, so artifacts/ never
/// mixes two runs. <see cref="Start"/> writes it with <c>"status": "running"</c> before any other output is touched, and
/// <see cref="Finish"/> replaces it (atomically) by the outcome: a run killed in between (kill -9, a power cut) leaves
/// "running" with its start time, never the previous run's "succeeded" beside this run's half-written outputs.
/// </summary>
internal sealed class RunManifest(string root, RecomputeOptions options, bool images)
{
    public const string FileName = "manifest.json";

    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;
    private string? dataHash;
    private IReadOnlyList<string> dataFiles = [];
    private readonly HashSet<string> written = new(StringComparer.Ordinal);
    private string? error;
    private string? notebooksSkipped;

    private string Artifacts => RepositoryLayout.Artifacts(root);

    /// <summary>An output (path under artifacts/) this run wrote.</summary>
    public void Wrote(string path) => written.Add(Relative(path));

    public void SkipNotebooks(string reason) => notebooksSkipped = reason;

    public void Fail(string message) => error = message;

    private string Started => started.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private string ManifestPath => Path.Combine(Artifacts, FileName);

    /// <summary>
    /// Writes the manifest of a run under way, first of all the outputs: until <see cref="Finish"/> replaces it, whatever
    /// lies beside it is declared the outputs of a run that has not finished.
    /// </summary>
    public void Start() => Save(new JsonObject
    {
        ["status"] = "running",
        ["started_utc"] = Started,
        ["finished_utc"] = null,
        ["succeeded"] = false,
        ["error"] = $"unfinished: the run started at {Started} has not finished (it is under way, or was stopped before it could record its outcome); the outputs beside this manifest may be partial or an earlier run's",
        ["options"] = Options(),
    });

    /// <summary>Removes what earlier runs left and this one did not write (saying so on <paramref name="log"/>), then writes the manifest (atomically).</summary>
    public void Finish(TextWriter log)
    {
        var removed = Stale().ToList();
        foreach (var path in removed)
        {
            Outputs.Write(root, Path.Combine(Artifacts, path), () => File.Delete(Path.Combine(Artifacts, path)));
        }
        if (removed.Count > 0)
        {
            log.WriteLine($"Removed {removed.Count} output(s) of an earlier run that this run did not rewrite: {string.Join(", ", removed)}.");
        }
        Save(new JsonObject
        {
            ["status"] = error is null ? "succeeded" : "failed",
            ["started_utc"] = Started,
            ["finished_utc"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["succeeded"] = error is null,
            ["error"] = error,
            ["data_sha256"] = dataHash,
            ["data_files"] = new JsonArray(dataFiles.Select(p => (JsonNode?)p).ToArray()),
            ["options"] = Options(),
            ["outputs"] = new JsonArray(written.Order(StringComparer.Ordinal).Select(p => (JsonNode?)p).ToArray()),
            ["removed_stale"] = new JsonArray(removed.Select(p => (JsonNode?)p).ToArray()),
            ["notebooks_skipped"] = notebooksSkipped,
        });
    }

    private JsonObject Options() => new()
    {
        ["rule"] = options.Rule is { } rule ? RoundingRules.Name(rule) : "each study's own (study.json)",
        ["ci"] = IntervalChoice.Name(options),
        ["level"] = options.IntervalLevel,
        ["images"] = images,
    };

    private void Save(JsonObject manifest) => Outputs.Write(root, ManifestPath, () =>
        AtomicFile.WriteText(ManifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n"));

    // The main job's outputs: figures.csv, report.html, executed notebooks and chart images. Build outputs, test results
    // and benchmark reports under artifacts/ are not the main job's and are left alone.
    private IEnumerable<string> Stale()
    {
        var candidates = new List<string>();
        foreach (var file in new[] { "figures.csv", "report.html" })
        {
            candidates.Add(file);
        }
        foreach (var folder in new[] { "notebooks", "figures" })
        {
            var full = Path.Combine(Artifacts, folder);
            if (Directory.Exists(full))
            {
                candidates.AddRange(Directory.GetFiles(full, "*", SearchOption.AllDirectories).Select(Relative));
            }
        }
        return candidates.Where(c => File.Exists(Path.Combine(Artifacts, c)) && !written.Contains(c)).Order(StringComparer.Ordinal);
    }

    private string Relative(string path) => Path.GetRelativePath(Artifacts, Path.GetFullPath(path, Artifacts)).Replace('\\', '/');

    /// <summary>
    /// Hashes the files under data/ this run reads, once the studies are loaded (only then is each respondents file
    /// known): every study's study.json, ledger and respondents file, and the data/*.csv the report reads. Hashing every
    /// file under data/ read whatever lay there, a FIFO included, before anything was checked; each of these is checked
    /// to be a regular file of bounded size. Paths and contents, in ordinal order of path.
    /// </summary>
    public void HashData(IEnumerable<Study> studies)
    {
        var data = Path.Combine(root, "data");
        var files = studies.SelectMany(s => new[]
            {
                (Path.Combine(s.Folder, Study.MetadataFile), RegularFile.TextLimit),
                (Path.Combine(s.Folder, Study.LedgerFile), RegularFile.TextLimit),
                (s.RespondentsPath, RegularFile.RespondentLimit),
            })
            .Concat(new[] { CrossStudyThemesReader.PathIn(root), EditionsReader.PathIn(root) }.Where(File.Exists).Select(p => (p, RegularFile.TextLimit)))
            .Select(f => (Shown: Path.GetRelativePath(data, f.Item1).Replace('\\', '/'), Path: f.Item1, Limit: f.Item2))
            .OrderBy(f => f.Shown, StringComparer.Ordinal)
            .ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Shown + "\0"));
            hash.AppendData(RegularFile.ReadBytes(file.Path, Path.Combine("data", file.Shown), file.Limit));
        }
        dataHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        dataFiles = [.. files.Select(f => f.Shown)];
    }
}
