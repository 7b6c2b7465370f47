using System.Runtime.Loader;
using SurveyFigures.Notebook.Hosting;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Notebook;

/// <summary>The facade loads the library, Deedle, Plotly.NET and FSharp.Core 10.1 into its own context, away from the default one.</summary>
public class LibraryHostTests
{
    [Fact]
    public void Backend_lives_in_the_private_context_with_its_own_fsharp_core()
    {
        var backend = LibraryHost.CreateBackend(RepositoryStudies.Root);
        var context = AssemblyLoadContext.GetLoadContext(backend.GetType().Assembly);
        Assert.IsType<LibraryLoadContext>(context);
        Assert.NotSame(AssemblyLoadContext.Default, context);

        // Recomputing a study's figures runs Deedle inside the private context (listing the studies alone does not).
        var options = new SurveyFigures.Notebook.Contracts.ViewOptions();
        Assert.Equal(RepositoryStudies.All.Count, backend.Studies(options).Count);
        Assert.Equal(RepositoryStudies.All[0].Figures.Count, backend.Figures(RepositoryStudies.All[0].Id, null, options).Count);
        var names = context!.Assemblies.Select(a => a.GetName()).ToList();
        Assert.Contains(names, n => n.Name == "Deedle");
        var fsharp = Assert.Single(names, n => n.Name == "FSharp.Core");
        Assert.Equal(new Version(10, 1, 0, 0), fsharp.Version);
    }

    [Fact]
    public void Contract_types_are_shared_not_duplicated()
    {
        var backend = LibraryHost.CreateBackend(RepositoryStudies.Root);
        var contract = backend.GetType().GetInterfaces().Single(i => i.Name == "ISurveyBackend");
        Assert.Same(typeof(SurveyFigures.Notebook.Contracts.ISurveyBackend), contract);
        Assert.Same(typeof(LibraryHost).Assembly, AssemblyLoadContext.GetLoadContext(backend.GetType().Assembly)!.LoadFromAssemblyName(typeof(LibraryHost).Assembly.GetName()));
    }

    [Fact]
    public void Facade_references_no_fsharp_assembly() =>
        Assert.DoesNotContain(typeof(LibraryHost).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("FSharp", StringComparison.Ordinal) || a.Name is "Deedle" or "Plotly.NET");
}
