namespace SurveyFigures;

/// <summary>
/// The one place that knows where things live. Every path is relative to the repository root,
/// found by walking up from a starting folder until <c>Analysis.sln</c> appears.
/// Compiled into each project (linked source) so that no project needs another just for paths.
/// </summary>
internal static class RepositoryLayout
{
    public const string SolutionFileName = "Analysis.sln";

    /// <summary>Finds the repository root from <paramref name="start"/> (default: the current directory, then the app's folder).</summary>
    public static string FindRoot(string? start = null)
    {
        foreach (var candidate in Starts(start))
        {
            for (var dir = new DirectoryInfo(candidate); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find {SolutionFileName} above '{start ?? Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}'. Run from inside the repository.");
    }

    private static IEnumerable<string> Starts(string? start)
    {
        if (start is not null)
        {
            yield return start;
            yield break;
        }
        yield return Directory.GetCurrentDirectory();
        yield return AppContext.BaseDirectory;
    }

    public static string Studies(string root) => Path.Combine(root, "data", "studies");
    public static string Notebooks(string root) => Path.Combine(root, "notebooks");
    public static string Artifacts(string root) => Path.Combine(root, "artifacts");
    public static string ExecutedNotebooks(string root) => Path.Combine(root, "artifacts", "notebooks");

    /// <summary>Compiled notebook cells kept across runs of the main job (see SubmissionCache in the notebook engine).</summary>
    public static string CellCache(string root) => Path.Combine(root, "artifacts", "cache", "cells");

    /// <summary>Where the build puts the analysis library and its dependencies, loaded by the facade into a private context.</summary>
    public static string NotebookLibrary(string root) => Path.Combine(root, "artifacts", "notebook", "library");

    /// <summary>Where the build puts the headless notebook runner (its own process, FSharp.Core 10.0 like the kernel).</summary>
    public static string RunnerBin(string root) => Path.Combine(root, "artifacts", "tools", "notebook-runner");

    /// <summary>Where the C# Jupyter kernel is built (its kernelspec points here).</summary>
    public static string KernelBin(string root) => Path.Combine(root, "artifacts", "tools", "kernel");
}
