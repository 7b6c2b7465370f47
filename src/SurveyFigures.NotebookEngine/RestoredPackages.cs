using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// The packages one project restored for net10.0, read from its <c>obj/project.assets.json</c>:
/// per package, its runtime assemblies (absolute paths) and the names of its dependencies.
/// </summary>
public sealed class RestoredPackages
{
    private const string TargetFramework = "net10.0";

    private RestoredPackages(string assetsFile, Dictionary<string, RestoredPackage> byName)
    {
        AssetsFile = assetsFile;
        ByName = byName;
    }

    public string AssetsFile { get; }

    /// <summary>Package id (case-insensitive) to the one version this project resolved.</summary>
    public IReadOnlyDictionary<string, RestoredPackage> ByName { get; }

    public static RestoredPackages? Read(string assetsFile)
    {
        var root = JsonNode.Parse(File.ReadAllText(assetsFile)) as JsonObject;
        if (root?["targets"]?[TargetFramework] is not JsonObject target
            || root["libraries"] is not JsonObject libraries
            || (root["packageFolders"] as JsonObject)?.FirstOrDefault().Key is not { } packageFolder)
        {
            return null;
        }
        var byName = new Dictionary<string, RestoredPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in target)
        {
            if (value is not JsonObject entry || entry["type"]?.GetValue<string>() != "package"
                || libraries[key]?["path"]?.GetValue<string>() is not { } libraryPath)
            {
                continue;
            }
            var slash = key.IndexOf('/');
            var folder = Path.Combine(packageFolder, libraryPath);
            var runtime = (entry["runtime"] as JsonObject ?? [])
                .Select(p => p.Key)
                .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) // skips "_._" placeholders
                .Select(p => Path.GetFullPath(Path.Combine(folder, p)))
                .ToList();
            var dependencies = (entry["dependencies"] as JsonObject ?? []).Select(p => p.Key).ToList();
            byName[key[..slash]] = new RestoredPackage(key[..slash], key[(slash + 1)..], runtime, dependencies);
        }
        return new RestoredPackages(assetsFile, byName);
    }

    /// <summary>The package and its transitive dependencies, each in the version this project resolved.</summary>
    public IEnumerable<RestoredPackage> Closure(RestoredPackage package)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<RestoredPackage>([package]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Name))
            {
                continue;
            }
            yield return next;
            foreach (var dependency in next.Dependencies)
            {
                if (ByName.TryGetValue(dependency, out var found))
                {
                    pending.Push(found);
                }
            }
        }
    }
}

/// <summary>One restored package: id, version, runtime assemblies for net10.0, dependency ids.</summary>
public sealed record RestoredPackage(
    string Name, string Version, IReadOnlyList<string> RuntimeAssemblies, IReadOnlyList<string> Dependencies);
