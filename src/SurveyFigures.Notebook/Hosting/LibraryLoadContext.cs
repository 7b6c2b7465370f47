using System.Reflection;
using System.Runtime.Loader;

namespace SurveyFigures.Notebook.Hosting;

/// <summary>
/// A private load context for the analysis library and its dependencies (Deedle, Plotly.NET, CsvHelper and
/// FSharp.Core 10.1), so they never meet the FSharp.Core 10.0 that the Polyglot kernel keeps in its own context.
/// The facade's own assembly is handed back as is, so the contract types are shared, not duplicated.
/// </summary>
public sealed class LibraryLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly Assembly _facade = typeof(LibraryLoadContext).Assembly;

    public LibraryLoadContext(string libraryPath) : base("SurveyFigures.Library", isCollectible: false)
    {
        LibraryPath = libraryPath;
        _resolver = new AssemblyDependencyResolver(libraryPath);
    }

    public string LibraryPath { get; }

    protected override Assembly? Load(AssemblyName name)
    {
        if (AssemblyName.ReferenceMatchesDefinition(name, _facade.GetName()))
        {
            return _facade;
        }
        var path = _resolver.ResolveAssemblyToPath(name);
        // Framework assemblies resolve to null here and fall back to the default context, as they should.
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
