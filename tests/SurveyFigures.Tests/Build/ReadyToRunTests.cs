using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace SurveyFigures.Tests.Build;

/// <summary>
/// Every assembly a project lists in ReadyToRunAssemblies (build/ReadyToRun.targets) is a precompiled image in the
/// folder notebook processes load it from: a project's own assembly as much as its packages. Read from the project
/// files, so a project that opts in is checked without a change here; an image silently left as IL would only show as
/// a slower notebook.
/// </summary>
public sealed partial class ReadyToRunTests
{
    [GeneratedRegex("<ReadyToRunAssemblies>(?<names>[^<]+)</ReadyToRunAssemblies>")]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"<OutDir>\$\(RepoRoot\)(?<dir>[^<]+)</OutDir>")]
    private static partial Regex OutDirPattern();

    public static TheoryData<string> ProjectsWithAnOutputFolder()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.GetFiles(Path.Combine(RepositoryLayout.FindRoot(), "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(project);
            if (ListPattern().IsMatch(text) && OutDirPattern().IsMatch(text))
            {
                data.Add(Path.GetFileNameWithoutExtension(project));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProjectsWithAnOutputFolder))]
    public void Listed_assemblies_are_precompiled_in_the_output_folder(string projectName)
    {
        var root = RepositoryLayout.FindRoot();
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(root, "src"), projectName + ".csproj", SearchOption.AllDirectories).Single());
        var folder = Path.Combine(root, OutDirPattern().Match(text).Groups["dir"].Value);
        var names = ListPattern().Match(text).Groups["names"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var notPrecompiled = names.Where(n => !IsReadyToRun(Path.Combine(folder, n + ".dll"))).ToList();
        Assert.True(notPrecompiled.Count == 0, $"{projectName}: not ReadyToRun images in {Path.GetRelativePath(root, folder)}: {string.Join(", ", notPrecompiled)}");
    }

    [Fact]
    public void The_check_tells_an_IL_only_assembly_apart()
    {
        Assert.False(IsReadyToRun(typeof(ReadyToRunTests).Assembly.Location));
        Assert.True(IsReadyToRun(typeof(object).Assembly.Location), "The shared framework's CoreLib ships precompiled.");
    }

    /// <summary>A ReadyToRun image carries a managed native header in its CLI header; an IL-only assembly does not.</summary>
    private static bool IsReadyToRun(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing: build first.");
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
