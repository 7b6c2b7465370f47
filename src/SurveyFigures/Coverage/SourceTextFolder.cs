namespace SurveyFigures.Coverage;

/// <summary>
/// Where the local copies of source texts live. They sit beside the repository, not in it (they are the publishers'
/// words): by default ../shared/sources next to the repository, or a folder given by option or environment variable.
/// The folder is optional: without it, provenance still shows addresses and the coverage check says it could not run.
/// </summary>
public static class SourceTextFolder
{
    public const string EnvironmentVariable = "SURVEY_FIGURES_SOURCES";

    /// <summary>The folder to read source texts from: the option, else the environment variable, else the default beside the repository.</summary>
    public static string Resolve(string repositoryRoot, string? option = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var chosen = option is { Length: > 0 } ? option
            : environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : Path.Combine(repositoryRoot, "..", "shared", "sources");
        return Path.GetFullPath(chosen, repositoryRoot);
    }
}
