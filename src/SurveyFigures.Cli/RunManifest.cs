using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyFigures.Consistency;
using SurveyFigures.Io;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.Cli;

/// <summary>
/// artifacts/manifest.json: what one run of the main job did — when, from which data (a SHA-256 over data/), with which
/// options, which outputs it wrote, whether it succeeded and why not. Outputs this run did not write are left over
/// from an earlier run and no longer match the data: they are removed, and the manifest says so, so artifacts/ never
/// mixes two runs.
/// </summary>
internal sealed class RunManifest(string root, RecomputeOptions options, bool images)
{
    public const string FileName = "manifest.json";

    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;
    private readonly string dataHash = DataHash(root);
    private readonly HashSet<string> written = new(StringComparer.Ordinal);
    private string? error;
    private string? notebooksSkipped;

    private string Artifacts => RepositoryLayout.Artifacts(root);

    /// <summary>An output (path under artifacts/) this run wrote.</summary>
    public void Wrote(string path) => written.Add(Relative(path));

    public void SkipNotebooks(string reason) => notebooksSkipped = reason;

    public void Fail(string message) => error = message;

    /// <summary>Removes what earlier runs left and this one did not write, then writes the manifest (atomically).</summary>
    public void Finish()
    {
        var removed = Stale().ToList();
        foreach (var path in removed)
        {
            File.Delete(Path.Combine(Artifacts, path));
        }
        if (removed.Count > 0)
        {
            Console.WriteLine($"Removed {removed.Count} output(s) of an earlier run that this run did not rewrite: {string.Join(", ", removed)}.");
        }
        var manifest = new JsonObject
        {
            ["started_utc"] = started.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["finished_utc"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["succeeded"] = error is null,
            ["error"] = error,
            ["data_sha256"] = dataHash,
            ["options"] = new JsonObject
            {
                ["rule"] = options.Rule is { } rule ? Rounding.Name(rule) : "each study's own (study.json)",
                ["ci"] = ProportionInterval.MethodName(options.IntervalMethod),
                ["level"] = options.IntervalLevel,
                ["images"] = images,
            },
            ["outputs"] = new JsonArray(written.Order(StringComparer.Ordinal).Select(p => (JsonNode?)p).ToArray()),
            ["removed_stale"] = new JsonArray(removed.Select(p => (JsonNode?)p).ToArray()),
            ["notebooks_skipped"] = notebooksSkipped,
        };
        AtomicFile.WriteText(Path.Combine(Artifacts, FileName), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

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

    // Path and content of every file under data/, in ordinal order of path: any change to the data changes the hash.
    private static string DataHash(string root)
    {
        var data = Path.Combine(root, "data");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(data, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(data, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(data, file)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
