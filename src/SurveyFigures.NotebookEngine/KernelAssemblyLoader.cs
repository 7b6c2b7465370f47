using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Loads <c>#r</c> assemblies the way the Polyglot kernel does: into the default load context, where the kernel's
/// own assemblies (FSharp.Core 10.0 among them) always win. An assembly whose simple name is already there is not
/// loaded again, and the Resolving handler never hands out another copy of such a name, so a library built
/// against a newer FSharp.Core fails here as it fails in VS Code.
/// </summary>
public sealed class KernelAssemblyLoader
{
    private readonly Dictionary<string, string> platform = TrustedPlatformAssemblies();
    private readonly Dictionary<string, Assembly> loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> probeFolders = [];
    private readonly string frameworkDir = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());

    public KernelAssemblyLoader() => AssemblyLoadContext.Default.Resolving += OnResolving;

    /// <summary>
    /// Loads the dll unless its name is already present and returns the compile-time reference for it.
    /// References carry no file path on purpose: Roslyn's InteractiveAssemblyLoader would otherwise load
    /// referenced files (and their dependencies) into contexts of its own and hide the kernel's failure.
    /// Every script dependency is thereby bound by the default context.
    /// </summary>
    public MetadataReference Add(string path)
    {
        var name = AssemblyName.GetAssemblyName(path).Name!;
        var folder = Path.GetDirectoryName(path)!;
        if (!probeFolders.Contains(folder))
        {
            probeFolders.Add(folder);
        }
        if (IsFramework(name))
        {
            // A package's copy of a framework assembly never beats the shared framework's.
            return Reference(platform[name]);
        }
        if (!IsInDefault(name))
        {
            loaded[name] = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
        return Reference(path);
    }

    /// <summary>A framework assembly by simple name (<c>#r "System.Xml"</c>), or null when there is none.</summary>
    public MetadataReference? Framework(string name) => IsFramework(name) ? Reference(platform[name]) : null;

    public static MetadataReference Reference(string path) =>
        AssemblyMetadata.CreateFromFile(path).GetReference(display: path);

    private bool IsFramework(string name) =>
        platform.TryGetValue(name, out var path) && Path.GetFullPath(path).StartsWith(frameworkDir, StringComparison.Ordinal);

    private bool IsInDefault(string name) =>
        platform.ContainsKey(name) || loaded.ContainsKey(name)
        || AssemblyLoadContext.Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase));

    // Called only when the default binder failed: e.g. a #r dll's sibling, or FSharp.Core 10.1 (refused).
    private Assembly? OnResolving(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is null || platform.ContainsKey(name.Name))
        {
            return null;
        }
        if (loaded.TryGetValue(name.Name, out var assembly))
        {
            return assembly.GetName().Version >= name.Version ? assembly : null;
        }
        if (AssemblyLoadContext.Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var candidate = probeFolders.Select(f => Path.Combine(f, name.Name + ".dll")).FirstOrDefault(File.Exists);
        return candidate is null ? null : loaded[name.Name] = context.LoadFromAssemblyPath(candidate);
    }

    private static Dictionary<string, string> TrustedPlatformAssemblies()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            map.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }
        return map;
    }
}
