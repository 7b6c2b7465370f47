using System.Reflection;

namespace SurveyFigures.Kernel.Formatters;

/// <summary>
/// Registers the Deedle and Plotly.NET formatters when a cell first loads those libraries, not before: a session
/// that never uses them never loads them (nor FSharp.Core), and start-up stays short.
/// </summary>
internal static class LibraryFormatters
{
    private static readonly Dictionary<string, Action> ByAssembly = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Deedle"] = DeedleFormatters.Register,
        ["Plotly.NET"] = PlotlyFormatters.Register,
    };

    private static readonly HashSet<string> Registered = new(StringComparer.OrdinalIgnoreCase);

    public static void RegisterOnLoad()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Register(e.LoadedAssembly);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Register(assembly);
        }
    }

    private static void Register(Assembly assembly)
    {
        var name = assembly.GetName().Name;
        if (name is null || !ByAssembly.TryGetValue(name, out var register))
        {
            return;
        }
        lock (Registered)
        {
            if (Registered.Add(name))
            {
                register();
            }
        }
    }
}
