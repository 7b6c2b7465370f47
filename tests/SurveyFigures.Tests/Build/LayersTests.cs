using NetArchTest.Rules;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Build;

/// <summary>
/// The library's namespaces in two layers, read from the compiled assembly (every reference in signatures and method
/// bodies, by NetArchTest): a core that reads data, checks, computes and reconstructs, and views that word, format and
/// render it. Views use the core, never the reverse, and no two namespaces depend on each other through any path, so
/// each can be read, and changed, from its dependencies up. The main job sits above both (it writes the views' outputs
/// from the core's results), and nothing in the library uses it.
/// </summary>
public class LayersTests
{
    private static readonly string[] Core = ["Data", "Statistics", "Consistency", "Coverage", "Reconstruction", "Recomputation", "Pipeline", "Io"];
    private static readonly string[] ViewLayer = ["Formatting", "Views", "Charts", "Rendering", "Report", "NotebookBackend", "Browser"];
    private static readonly string[] JobLayer = ["MainJob"];

    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Dependencies = new(Read);

    [Fact]
    public void Every_namespace_of_the_library_is_in_a_layer()
    {
        var placed = Core.Concat(ViewLayer).Concat(JobLayer).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Dependencies.Value.Keys, n => !placed.Contains(n));
        // The reading sees references: views do use the core.
        Assert.Contains("Pipeline", Dependencies.Value["Charts"]);
    }

    [Fact]
    public void The_core_never_depends_on_a_view()
    {
        var wrong = Core.SelectMany(c => Dependencies.Value.GetValueOrDefault(c, []).Where(ViewLayer.Contains).Select(v => $"{c} -> {v}")).ToList();
        Assert.True(wrong.Count == 0, "core namespaces that use views: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Nothing_in_the_library_depends_on_the_main_job()
    {
        // The reading sees the job's references: it writes the report.
        Assert.Contains("Report", Dependencies.Value["MainJob"]);
        var wrong = Core.Concat(ViewLayer).SelectMany(n => Dependencies.Value.GetValueOrDefault(n, []).Where(JobLayer.Contains).Select(j => $"{n} -> {j}")).ToList();
        Assert.True(wrong.Count == 0, "namespaces that use the main job: " + string.Join(", ", wrong));
    }

    [Fact]
    public void No_namespace_depends_on_itself_through_others()
    {
        var graph = Dependencies.Value;
        foreach (var start in graph.Keys)
        {
            if (PathBack(graph, start) is { } cycle)
            {
                Assert.Fail("a cycle between namespaces: " + string.Join(" -> ", cycle));
            }
        }
    }

    // A path start -> ... -> start, or null: breadth first, so the shortest cycle is named.
    private static List<string>? PathBack(Dictionary<string, SortedSet<string>> graph, string start)
    {
        var from = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var next in graph.GetValueOrDefault(at, []))
            {
                if (next == start)
                {
                    var back = new List<string>();
                    for (var step = at; step != start; step = from[step])
                    {
                        back.Add(step);
                    }
                    back.Reverse();
                    return [start, .. back, start];
                }
                if (from.TryAdd(next, at))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return null;
    }

    // Namespace (below SurveyFigures, first segment) -> the namespaces its types reference.
    private static Dictionary<string, SortedSet<string>> Read()
    {
        var assembly = typeof(Study).Assembly;
        var namespaces = assembly.GetTypes().Select(Top).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var graph = namespaces.ToDictionary(n => n, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        // Read once: every question below filters the same types (reading the assembly per namespace cost a second).
        var types = Types.InAssembly(assembly);
        foreach (var target in namespaces)
        {
            // NetArchTest matches a namespace and those below it; a name that merely begins the same ("Report" and
            // "ReportX") would be counted too, so no namespace may be the start of another.
            Assert.DoesNotContain(namespaces, n => n != target && n.StartsWith(target, StringComparison.Ordinal));
            foreach (var type in types.That().HaveDependencyOn($"SurveyFigures.{target}").GetTypes())
            {
                if (Top(type) is { } source && source != target)
                {
                    graph[source].Add(target);
                }
            }
        }
        return graph;
    }

    private static string? Top(Type type) =>
        type.Namespace is { } name && name.StartsWith("SurveyFigures.", StringComparison.Ordinal) ? name.Split('.')[1] : null;
}
