using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Tests.Support;

namespace SurveyFigures.Kernel.Tests;

/// <summary>
/// The kernel is a C# kernel that knows no survey code: what it loads at start is its own deps.json, and displays for
/// Deedle and Plotly.NET come from the extension built beside it (ProtocolTests' "libraries" case shows them drawn).
/// </summary>
public sealed class KernelExtensionTests
{
    private static string KernelFolder => Path.GetDirectoryName(JupyterClients.KernelExecutable)!;

    [Fact]
    public void The_kernel_depends_on_no_survey_code_nor_on_the_libraries_its_extensions_display()
    {
        var libraries = Libraries(Path.Combine(KernelFolder, "SurveyFigures.Kernel.deps.json"));

        Assert.Contains("SurveyFigures.NotebookEngine", libraries);
        Assert.DoesNotContain(libraries, l => l.StartsWith("SurveyFigures", StringComparison.Ordinal) && l is not ("SurveyFigures.Kernel" or "SurveyFigures.NotebookEngine"));
        Assert.DoesNotContain("Deedle", libraries);
        Assert.DoesNotContain("Plotly.NET", libraries);
        Assert.False(File.Exists(Path.Combine(KernelFolder, "SurveyFigures.dll")));
    }

    [Fact]
    public void The_display_extension_sits_in_the_kernels_extensions_folder_with_its_dependencies()
    {
        var folder = Path.Combine(KernelFolder, "extensions", "SurveyFigures.Interactive");
        var libraries = Libraries(Path.Combine(folder, "SurveyFigures.Interactive.deps.json"));

        Assert.True(File.Exists(Path.Combine(folder, "SurveyFigures.Interactive.dll")));
        Assert.Contains("Deedle", libraries);
        Assert.Contains("Plotly.NET", libraries);
        Assert.True(File.Exists(Path.Combine(folder, "Plotly.NET.dll")));
    }

    // The names of the libraries a deps.json lists ("Deedle/8.1.0" gives "Deedle").
    private static List<string> Libraries(string depsJson) =>
        JsonNode.Parse(File.ReadAllText(depsJson))!["libraries"]!.AsObject().Select(l => l.Key.Split('/')[0]).ToList();
}
