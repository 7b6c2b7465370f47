namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Resolves <c>#r "nuget: Name, Version"</c> without a network: only packages some project of this solution
/// (under src/ and tests/) already restored can be used, with the assemblies that project resolved for net10.0.
/// </summary>
public sealed class PackageResolver(string repositoryRoot)
{
    private readonly Lazy<IReadOnlyList<RestoredPackages>> projects = new(() => ReadAll(repositoryRoot));

    /// <summary>Runtime assembly paths of the package and its dependencies; throws when this solution does not restore it.</summary>
    public IReadOnlyList<string> Resolve(string name, string? version)
    {
        var candidates = projects.Value
            .Select(p => (Project: p, Package: p.ByName.GetValueOrDefault(name)))
            .Where(c => c.Package is not null)
            .ToList();
        var versions = candidates.Select(c => c.Package!.Version).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(VersionKey).ToList();
        var chosen = version is null
            ? versions.FirstOrDefault()
            : versions.FirstOrDefault(v => string.Equals(v, version, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            var restored = versions.Count == 0
                ? "no project of this solution restores it"
                : $"versions this solution restores: {string.Join(", ", versions)}";
            throw new InvalidOperationException(
                $"Package '{name}'{(version is null ? "" : $" version {version}")} is not available to notebooks here " +
                $"({restored}). Notebooks can only use packages restored by a project under src/ or tests/ (run 'dotnet restore').");
        }
        var (project, package) = candidates.First(c => string.Equals(c.Package!.Version, chosen, StringComparison.OrdinalIgnoreCase));
        return project.Closure(package!).SelectMany(p => p.RuntimeAssemblies).Distinct().ToList();
    }

    private static IReadOnlyList<RestoredPackages> ReadAll(string root) =>
        new[] { "src", "tests" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "project.assets.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(RestoredPackages.Read)
            .OfType<RestoredPackages>()
            .ToList();

    // Orders "10.1.403" above "10.0.111"; prerelease suffixes only break ties.
    private static (Version, string) VersionKey(string version)
    {
        var dash = version.IndexOf('-');
        var numeric = dash < 0 ? version : version[..dash];
        return (Version.TryParse(numeric, out var parsed) ? parsed : new Version(0, 0), dash < 0 ? "~" : version[dash..]);
    }
}
