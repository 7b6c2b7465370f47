using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Hosting;

/// <summary>Finds the built library beside the facade, loads it into its private context and creates its backend.</summary>
public static class LibraryHost
{
    public const string LibraryFolder = "library";
    public const string LibraryAssembly = "SurveyFigures";
    public const string BackendTypeName = "SurveyFigures.NotebookBackend.SurveyBackend";

    private static readonly Lazy<LibraryLoadContext> Context = new(() => new LibraryLoadContext(DefaultLibraryPath()));

    /// <summary>
    /// library/SurveyFigures.dll beside this facade (artifacts/notebook/, where the build puts both), or else the
    /// repository's artifacts/notebook/library/ (when the facade was copied elsewhere, e.g. into a test's output).
    /// </summary>
    public static string DefaultLibraryPath()
    {
        var facadeFolder = Path.GetDirectoryName(typeof(LibraryHost).Assembly.Location)!;
        var path = Path.Combine(facadeFolder, LibraryFolder, LibraryAssembly + ".dll");
        if (!File.Exists(path))
        {
            path = Path.Combine(RepositoryLayout.NotebookLibrary(RepositoryLayout.FindRoot()), LibraryAssembly + ".dll");
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The analysis library is not built: {path} is missing. Run `dotnet build` at the repository root first.", path);
        }
        return path;
    }

    /// <summary>The one private context of this process (loading the library twice would duplicate its types).</summary>
    public static LibraryLoadContext LoadContext => Context.Value;

    public static ISurveyBackend CreateBackend(string repositoryRoot)
    {
        var assembly = LoadContext.LoadFromAssemblyName(new System.Reflection.AssemblyName(LibraryAssembly));
        var type = assembly.GetType(BackendTypeName, throwOnError: true)!;
        return (ISurveyBackend)Activator.CreateInstance(type, repositoryRoot)!;
    }
}
