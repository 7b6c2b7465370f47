using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

/// <summary>House rules for the committed notebooks: Polyglot metadata as VS Code writes it, thin cells, no outputs.</summary>
public class NotebookConventionsTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    public static TheoryData<string> Notebooks() => [.. Names()];

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(RepositoryLayout.Notebooks(Root), "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal);

    private static JsonObject Load(string name) => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Notebooks(Root), name)))!;

    [Fact]
    public void There_are_notebooks_and_each_names_a_study_of_the_repository()
    {
        // Properties, not a list of names: a notebook added with a new study must pass without editing this test.
        var studies = Directory.GetDirectories(Path.Combine(Root, "data", "studies")).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.NotEmpty(Names());
        foreach (var name in Names())
        {
            var code = string.Concat(Code(Load(name)).Select(c => Nbformat.Text(c["source"])));
            Assert.True(studies.Any(id => code.Contains($"\"{id}\"", StringComparison.Ordinal)), $"{name} names no study under data/studies");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Carries_polyglot_metadata_exactly_as_vs_code_writes_it(string name)
    {
        var nb = Load(name);
        Nbformat.AssertValid(nb);
        var meta = nb["metadata"]!;
        Assert.Equal("""{"display_name":".NET (C#)","language":"C#","name":".net-csharp"}""", meta["kernelspec"]!.ToJsonString());
        Assert.Equal("""{"name":"polyglot-notebook"}""", meta["language_info"]!.ToJsonString());
        Assert.Equal("csharp", meta["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        foreach (var cell in Code(nb))
        {
            // The one tag allowed is papermill's "parameters", which VS Code keeps in the same metadata.
            Assert.Contains(cell["metadata"]!.ToJsonString(), new[]
            {
                """{"polyglot_notebook":{"kernelName":"csharp"}}""",
                """{"polyglot_notebook":{"kernelName":"csharp"},"tags":["parameters"]}""",
            });
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Code_cells_are_short_calls_under_a_markdown_cell_and_carry_no_outputs(string name)
    {
        var cells = Load(name)["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i]["cell_type"]!.GetValue<string>() != "code")
            {
                continue;
            }
            Assert.True(i > 0 && cells[i - 1]["cell_type"]!.GetValue<string>() == "markdown", $"{name}: code cell {i + 1} has no markdown cell above it");
            var source = Nbformat.Text(cells[i]["source"]);
            Assert.True(source.Split('\n').Length <= 5, $"{name}: code cell {i + 1} is longer than five lines");
            Assert.DoesNotMatch(@"\b(class|for|foreach|while)\b|=>", source);
            Assert.Empty(cells[i]["outputs"]!.AsArray());
            Assert.Null(cells[i]["execution_count"]);
        }
    }

    [Fact]
    public void First_code_cell_loads_the_facade_and_at_most_sets_parameters()
    {
        // The same two lines everywhere; a generic notebook may add parameters (var studyId = "…";), nothing else.
        foreach (var name in Names())
        {
            var lines = Nbformat.Text(Code(Load(name)).First()["source"]).Split('\n');
            Assert.Equal(["#r \"../artifacts/notebook/SurveyFigures.Notebook.dll\"", "using SurveyFigures.Notebook;"], lines.Take(2));
            Assert.All(lines.Skip(2), l => Assert.Matches("^var [A-Za-z]+ = \"[^\"]*\";$", l));
        }
    }

    private static IEnumerable<JsonObject> Code(JsonObject nb) =>
        nb["cells"]!.AsArray().Select(c => c!.AsObject()).Where(c => c["cell_type"]!.GetValue<string>() == "code");
}
