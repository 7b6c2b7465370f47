using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests.Support;

/// <summary>
/// The repository's notebooks executed once per test run, as the main job executes them: every notebook of notebooks/
/// in one runner process, and the generic notebook once per study and language (its parameters cell's values replaced)
/// in another, from a scratch copy of the repository's layout (the copies beside links to data/ and artifacts/), so
/// nothing is written into notebooks/. Each notebook runs in a session of its own.
/// </summary>
public sealed class RepositoryNotebookRuns : IDisposable
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
    private readonly string _scratch = Directory.CreateTempSubdirectory("repository-notebooks-").FullName;

    public RepositoryNotebookRuns()
    {
        var notebooks = Directory.GetFiles(RepositoryLayout.Notebooks(Root), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        var output = Path.Combine(_scratch, "repository");
        Repository = new Run(output, RunnerProcess.Run(RepositoryLayout.Notebooks(Root), [.. notebooks, "--output-dir", output]));

        var layout = Path.Combine(_scratch, "generic");
        Directory.CreateDirectory(layout);
        File.WriteAllText(Path.Combine(layout, "Analysis.sln"), "");
        Directory.CreateSymbolicLink(Path.Combine(layout, "data"), Path.Combine(Root, "data"));
        Directory.CreateSymbolicLink(Path.Combine(layout, "artifacts"), Path.Combine(Root, "artifacts"));
        var folder = Directory.CreateDirectory(Path.Combine(layout, "notebooks")).FullName;
        var copies = new List<string>();
        foreach (var study in Directory.GetDirectories(Path.Combine(Root, "data", "studies")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            foreach (var language in new[] { "en", "fr" })
            {
                var copy = Path.Combine(folder, GenericName(study, language));
                File.WriteAllText(copy, WithParameters(study, language));
                copies.Add(copy);
            }
        }
        var genericOutput = Path.Combine(_scratch, "generic-out");
        Generic = new Run(genericOutput, RunnerProcess.Run(folder, [.. copies, "--output-dir", genericOutput]));
    }

    /// <summary>One runner invocation: where its executed copies are, and what it printed.</summary>
    public sealed record Run(string Output, RunnerResult Result);

    public Run Repository { get; }

    public Run Generic { get; }

    public static string GenericName(string study, string language) => $"study.{study}.{language}.ipynb";

    /// <summary>notebooks/study.ipynb with its parameters cell's studyId and language set.</summary>
    private static string WithParameters(string study, string language)
    {
        var notebook = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Notebooks(Root), "study.ipynb")))!;
        var first = notebook["cells"]!.AsArray().Select(c => c!.AsObject())
            .First(c => (c["metadata"]?["tags"] as JsonArray)?.Any(t => t?.GetValue<string>() == "parameters") == true);
        var lines = first["source"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
        foreach (var (name, value) in new[] { ("studyId", study), ("language", language) })
        {
            var at = lines.FindIndex(l => l.StartsWith($"var {name} = ", StringComparison.Ordinal));
            if (at < 0)
            {
                throw new InvalidOperationException($"The generic notebook's parameters cell does not set {name}.");
            }
            lines[at] = $"var {name} = \"{value}\";" + (lines[at].EndsWith('\n') ? "\n" : "");
        }
        first["source"] = new JsonArray([.. lines.Select(l => (JsonNode)JsonValue.Create(l)!)]);
        return notebook.ToJsonString();
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
