using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

/// <summary>
/// Several notebooks executed by one runner process (as the main job does, a share of the notebooks per core) each
/// run in a session of their own: nothing the first declares (a variable, a type, a using) is visible to the second.
/// </summary>
public sealed class SessionIsolationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("session-isolation-").FullName;

    private string Notebook(string name, params string[] cells)
    {
        var notebook = new JsonObject
        {
            ["cells"] = new JsonArray([.. cells.Select(source => (JsonNode)new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = new JsonObject(),
                ["outputs"] = new JsonArray(),
                ["source"] = source,
            })]),
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    private string Error(string name) =>
        string.Concat(JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, "out", name)))!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]!.AsArray()).Where(o => o!["output_type"]!.GetValue<string>() == "error")
            .Select(o => o!["evalue"]!.GetValue<string>()));

    [Theory]
    [InlineData("secret", "The name 'secret' does not exist")]
    [InlineData("new Hidden()", "'Hidden' could not be found")]
    [InlineData("new Regex(\"a\")", "'Regex' could not be found")]
    public void A_notebook_sees_nothing_the_one_before_it_declared(string use, string error)
    {
        var first = Notebook("a.ipynb", "using System.Text.RegularExpressions;\nvar secret = 42;\nclass Hidden { }\nnew Regex(\"a\").IsMatch(\"a\") ? secret : 0");
        var second = Notebook("b.ipynb", use);

        var result = RunnerProcess.Run(_folder, [first, second, "--output-dir", Path.Combine(_folder, "out")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", Error("a.ipynb"));
        Assert.Contains(error, Error("b.ipynb"));
    }

    [Fact]
    public void Each_notebook_of_a_shared_process_embeds_plotly_once_so_every_copy_draws_offline()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        var notebooks = Directory.GetFiles(RepositoryLayout.Notebooks(root), "*.ipynb").Order(StringComparer.Ordinal).Take(2).ToList();
        var output = Path.Combine(_folder, "shared");
        var result = RunnerProcess.Run(RepositoryLayout.Notebooks(root), [.. notebooks, "--output-dir", output]);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var notebook in notebooks)
        {
            var text = File.ReadAllText(Path.Combine(output, Path.GetFileName(notebook)));
            Assert.Equal(1, text.Split("plotly.js v2.28.0").Length - 1);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
