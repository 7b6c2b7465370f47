using System.Text.Json.Nodes;
using SurveyFigures.NotebookRunner.Tests.Support;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

/// <summary>
/// The repository's own notebooks, executed by the runner from their folder (as VS Code runs them) and as the main job
/// runs them: several in one runner process, each in a session of its own (<see cref="SessionIsolationTests"/>). Expected
/// chart counts come from the ledgers: one chart per question group at least.
/// </summary>
public class RepositoryNotebookTests(RepositoryNotebookRuns runs) : IClassFixture<RepositoryNotebookRuns>
{
    private const string PlotlyMime = "application/vnd.plotly.v1+json";
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    public static TheoryData<string> Notebooks() => [.. Names()];

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(RepositoryLayout.Notebooks(Root), "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Runs_without_error_and_shows_a_chart_per_question_group(string name)
    {
        var output = runs.Repository.Output;
        Assert.True(File.Exists(Path.Combine(output, name)), runs.Repository.Result.ToString());
        var executed = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(output, name)))!;
        Nbformat.AssertValid(executed);
        var outputs = executed["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!.AsObject()).ToList();
        Assert.DoesNotContain(outputs, o => o["output_type"]!.GetValue<string>() == "error");
        var charts = outputs.Where(o => o["data"]?.AsObject().ContainsKey(PlotlyMime) == true).ToList();
        Assert.All(charts, c => Assert.Contains("Plotly.newPlot", Nbformat.Text(c["data"]!["text/html"])));
        // A chart is a Plotly.newPlot call, whether one output holds one chart or a whole study (Show).
        var drawn = outputs.Sum(o => CountOf(Nbformat.Text(o["data"]?["text/html"]), "window.Plotly.newPlot(\""));
        Assert.True(drawn >= ExpectedCharts(executed), $"{name}: {drawn} charts, expected at least {ExpectedCharts(executed)}");
        // plotly.js is embedded once per notebook (one kernel session), so the executed copy draws offline.
        Assert.Single(outputs, o => Nbformat.Text(o["data"]?["text/html"]).Contains("plotly.js v2.28.0", StringComparison.Ordinal));
        Assert.Contains(outputs, o => Nbformat.Text(o["data"]?["text/html"]).Contains("<table", StringComparison.Ordinal));
        if (string.Concat(executed["cells"]!.AsArray().Select(c => Nbformat.Text(c!["source"]))).Contains("Surveys.Open(\"fr\")", StringComparison.Ordinal))
        {
            // A French notebook shows French number formats in its tables: a sample of every numeric cell.
            var cells = outputs.Select(o => Nbformat.Text(o["data"]?["text/html"])).Where(h => h.Contains("<table", StringComparison.Ordinal))
                .SelectMany(h => System.Text.RegularExpressions.Regex.Matches(h, "<td>([0-9][^<]*)</td>").Select(m => m.Groups[1].Value)).ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.DoesNotMatch(@"^\d+\.\d", c));
            Assert.Contains(cells, c => System.Text.RegularExpressions.Regex.IsMatch(c, @"\d,\d"));
        }
    }

    /// <summary>
    /// A notebook showing one study's questions needs a chart per non-sample question group plus the composition
    /// (when the study publishes one) and the overview; the audit needs a consistency chart per study plus the cross-study view.
    /// </summary>
    private static int ExpectedCharts(JsonObject notebook)
    {
        var code = string.Concat(notebook["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").Select(c => Nbformat.Text(c!["source"])));
        var studies = Directory.GetDirectories(Path.Combine(Root, "data", "studies")).Select(Path.GetFileName).Where(id => code.Contains($"\"{id}\"", StringComparison.Ordinal)).ToList();
        if (code.Contains(".Show(", StringComparison.Ordinal))
        {
            // A whole study: its question groups, the composition if any, the overview and the consistency chart.
            var groups = QuestionGroups(Assert.Single(studies)!);
            return groups.Count(g => !g.StartsWith("sample-", StringComparison.Ordinal)) + (groups.Any(g => g.StartsWith("sample-", StringComparison.Ordinal)) ? 1 : 0) + 2;
        }
        if (code.Contains("question:", StringComparison.Ordinal))
        {
            var groups = QuestionGroups(Assert.Single(studies)!);
            return groups.Count(g => !g.StartsWith("sample-", StringComparison.Ordinal)) + (groups.Any(g => g.StartsWith("sample-", StringComparison.Ordinal)) ? 1 : 0) + 1;
        }
        return studies.Count + 1;
    }

    /// <summary>The 'question' column of a ledger, read by name through CsvHelper; a later version of an item leaves it empty.</summary>
    internal static HashSet<string> QuestionGroups(string study)
    {
        using var csv = global::CsvHelper.CsvReader.Create(File.ReadAllBytes(Path.Combine(Root, "data", "studies", study, "figures.csv")),
            new global::CsvHelper.CsvReaderOptions { HasHeader = true, SkipEmptyLines = true });
        var column = csv.Headers.ToList().IndexOf("question");
        var questions = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (csv.GetString(column) is { Length: > 0 } question)
            {
                questions.Add(question);
            }
        }
        return questions;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    public static TheoryData<string, string> Studies()
    {
        var data = new TheoryData<string, string>();
        foreach (var study in Directory.GetDirectories(Path.Combine(Root, "data", "studies")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            data.Add(study, "en");
            data.Add(study, "fr");
        }
        return data;
    }

    /// <summary>The generic notebook, run for every study under data/ in both languages (<see cref="RepositoryNotebookRuns"/>).</summary>
    [Theory]
    [MemberData(nameof(Studies))]
    public void The_generic_notebook_runs_for_every_study(string studyId, string language)
    {
        var name = RepositoryNotebookRuns.GenericName(studyId, language);
        var path = Path.Combine(runs.Generic.Output, name);
        Assert.True(File.Exists(path), runs.Generic.Result.ToString());
        var executed = (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
        var outputs = executed["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!.AsObject()).ToList();
        Assert.DoesNotContain(outputs, o => o["output_type"]!.GetValue<string>() == "error");
        var html = string.Concat(outputs.Select(o => Nbformat.Text(o["data"]?["text/html"])));
        var groups = QuestionGroups(studyId);
        var expected = groups.Count(g => !g.StartsWith("sample-", StringComparison.Ordinal)) + (groups.Any(g => g.StartsWith("sample-", StringComparison.Ordinal)) ? 1 : 0) + 2;
        // Every chart of the study in Show, and one more drawn on its own (the consistency chart).
        Assert.Equal(expected + 1, CountOf(html, "window.Plotly.newPlot(\""));
        Assert.Contains("survey-chart", html);
        Assert.Contains(language == "fr" ? "hypothèses du générateur" : "assumptions of the generator", System.Net.WebUtility.HtmlDecode(html));
        Assert.Single(outputs, o => Nbformat.Text(o["data"]?["text/html"]).Contains("plotly.js v2.28.0", StringComparison.Ordinal));
    }
}
