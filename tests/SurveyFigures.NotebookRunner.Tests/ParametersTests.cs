using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

/// <summary>
/// papermill's convention in the runner: <c>-p NAME VALUE</c> sets a variable in a cell tagged <c>injected-parameters</c>
/// right after the cell tagged <c>parameters</c>. A value is always data: a string is an escaped literal, never code.
/// </summary>
public sealed class ParametersTests
{
    [Fact]
    public void A_value_is_injected_after_the_parameters_cell_and_overrides_its_default()
    {
        using var workspace = new NotebookWorkspace("parameters.ipynb");

        var result = workspace.Run("-p", "greeting", "bonjour", "-p", "count", "41");

        Assert.True(result.ExitCode == 0, result.ToString());
        var cells = workspace.ReadExecuted()["cells"]!.AsArray();
        Assert.Equal(4, cells.Count);
        Assert.Equal("injected-parameters", cells[2]!["metadata"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal("var greeting = \"bonjour\";\nvar count = 41;", Nbformat.Text(cells[2]!["source"]));
        Assert.Equal("bonjour|42\n", string.Concat(workspace.Outputs(4).Select(o => Nbformat.Text(o!["text"]))));
    }

    [Fact]
    public void A_value_that_looks_like_code_stays_a_string()
    {
        using var workspace = new NotebookWorkspace("parameters.ipynb");
        const string hostile = "x\"; Console.WriteLine(\"injected\"); var y = \"\\n";

        var result = workspace.Run("-p", "greeting", hostile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"{hostile}|2\n", string.Concat(workspace.Outputs(4).Select(o => Nbformat.Text(o!["text"]))));
    }

    [Fact]
    public void A_notebook_without_a_parameters_cell_is_refused_and_a_bad_name_is_a_usage_error()
    {
        using var workspace = new NotebookWorkspace("shared-state.ipynb");
        var refused = workspace.Run("-p", "greeting", "bonjour");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("no cell tagged 'parameters'", refused.StandardError);

        var badName = workspace.Run("-p", "class", "x");
        Assert.Equal(2, badName.ExitCode);
        Assert.Contains("'class' cannot be a C# variable name", badName.StandardError);

        var twoCopiesOneName = RunnerProcess.Run(workspace.Folder, workspace.Notebook, workspace.Notebook, "--output-name", "copy.ipynb");
        Assert.Equal(2, twoCopiesOneName.ExitCode);
        var path = workspace.Run("--output-name", "../escape.ipynb");
        Assert.Equal(2, path.ExitCode);
        Assert.Contains("not a path", path.StandardError);
    }

    [Fact]
    public void The_generic_notebook_shows_the_study_it_is_given()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        var output = Directory.CreateTempSubdirectory("parameters-generic-").FullName;
        try
        {
            // A study of the data other than the notebook's default, found from the data, not named; in French.
            var notebook = File.ReadAllText(Path.Combine(RepositoryLayout.Notebooks(root), "study.ipynb"));
            var study = Directory.GetDirectories(Path.Combine(root, "data", "studies")).Select(Path.GetFileName).OfType<string>()
                .Order(StringComparer.Ordinal).First(id => !notebook.Contains($"\\\"{id}\\\"", StringComparison.Ordinal));
            var title = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "data", "studies", study, "study.json")))!["title"]!["fr"]!.GetValue<string>();
            var result = RunnerProcess.Run(RepositoryLayout.Notebooks(root),
                [Path.Combine(RepositoryLayout.Notebooks(root), "study.ipynb"), "--output-dir", output, "-p", "studyId", study, "-p", "language", "fr"]);
            Assert.True(result.ExitCode == 0, result.ToString());
            var executed = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(output, "study.ipynb")));
            Assert.Contains($"var studyId = \\\"{study}\\\";", executed);
            Assert.Contains(title, executed);
            Assert.Contains("Taille de l'échantillon", executed);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
