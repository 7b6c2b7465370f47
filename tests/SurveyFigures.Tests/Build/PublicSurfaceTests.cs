using Mono.Cecil;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Build;

/// <summary>
/// The library is internal by default: a type is public only because the CLI or the Interactive extension uses it, the
/// facade creates it by name, or a public member of such a type shows it. Read from the compiled assemblies (Mono.Cecil,
/// which NetArchTest already brings): every other type must be internal, where tests and the benchmarks still reach it.
/// </summary>
public class PublicSurfaceTests
{
    // The facade loads the library in a context of its own and creates its backend by name (LibraryHost).
    private const string CreatedByName = "SurveyFigures.NotebookBackend.SurveyBackend";

    [Fact]
    public void Every_public_type_is_used_by_the_cli_or_the_interactive_extension()
    {
        var root = RepositoryLayout.FindRoot();
        var library = AssemblyDefinition.ReadAssembly(typeof(Study).Assembly.Location);
        var publicTypes = library.MainModule.Types.Where(t => t.IsPublic).ToDictionary(t => t.FullName, StringComparer.Ordinal);
        var users = new[] { CliAssembly(root), Path.Combine(RepositoryLayout.KernelBin(root), "extensions", "SurveyFigures.Interactive", "SurveyFigures.Interactive.dll") };
        var reached = new HashSet<string>(StringComparer.Ordinal) { CreatedByName };
        foreach (var user in users)
        {
            Assert.True(File.Exists(user), $"{user} is built by dotnet build Analysis.sln");
            using var assembly = AssemblyDefinition.ReadAssembly(user);
            reached.UnionWith(assembly.MainModule.GetTypeReferences().Where(r => r.Scope.Name == "SurveyFigures").Select(r => r.FullName));
        }
        // The sanity check that the reading sees references at all: the CLI loads studies.
        Assert.Contains(typeof(Study).FullName!, reached);
        var queue = new Queue<string>(reached.Where(publicTypes.ContainsKey));
        while (queue.TryDequeue(out var name))
        {
            foreach (var shown in Shown(publicTypes[name]).Where(n => publicTypes.ContainsKey(n) && reached.Add(n)))
            {
                queue.Enqueue(shown);
            }
        }
        var needless = publicTypes.Keys.Where(n => !reached.Contains(n)).Order(StringComparer.Ordinal).ToList();
        Assert.True(needless.Count == 0, "public types nothing outside the library needs (make them internal): " + string.Join(", ", needless));
    }

    // The CLI's assembly in the configuration this test was built in (bin/Debug or bin/Release).
    private static string CliAssembly(string root)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        return Path.Combine(root, "src", "SurveyFigures.Cli", "bin", configuration, "net10.0", "SurveyFigures.Cli.dll");
    }

    /// <summary>The types a public type's base, interfaces and visible members name.</summary>
    private static IEnumerable<string> Shown(TypeDefinition type)
    {
        IEnumerable<TypeReference> references = [
            .. type.BaseType is { } b ? [b] : Array.Empty<TypeReference>(),
            .. type.Interfaces.Select(i => i.InterfaceType),
            .. type.Fields.Where(f => f.IsPublic || f.IsFamily).Select(f => f.FieldType),
            .. type.Methods.Where(m => m.IsPublic || m.IsFamily).SelectMany(m => m.Parameters.Select(p => p.ParameterType).Append(m.ReturnType)),
        ];
        return references.SelectMany(Named).Select(r => r.FullName);
    }

    // A reference and the references inside it: generic arguments, array and by-reference element types.
    private static IEnumerable<TypeReference> Named(TypeReference reference) => reference switch
    {
        GenericInstanceType generic => generic.GenericArguments.SelectMany(Named).Append(generic.ElementType),
        TypeSpecification specification => Named(specification.ElementType),
        _ => [reference],
    };
}
