using System.Text.RegularExpressions;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Notebook.Formatting;
using SurveyFigures.NotebookBackend;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Notebook;

/// <summary>
/// One chart shown in two cells (study.ipynb shows the consistency chart inside <c>Show</c>, then alone) gets two
/// element ids, so the second display draws too; a new session gives the same ids again, so reruns are byte-identical.
/// </summary>
public sealed partial class ChartDisplaysTests
{
    private static readonly SurveyBackend Backend = new(RepositoryStudies.Root);

    [GeneratedRegex("<div id=\"(?<id>[^\"]+)\"")]
    private static partial Regex DivPattern();

    private static string Id(string html) => DivPattern().Match(html).Groups["id"].Value;

    private static ChartView Consistency() => Backend.Chart(RepositoryStudies.All[0].Id, "consistency", new ViewOptions());

    [Fact]
    public void The_same_chart_displayed_twice_gets_two_ids_and_each_script_draws_its_own()
    {
        var chart = Consistency();
        var displays = new ChartDisplays(() => null);
        var first = displays.Render(chart, "session-a");
        var second = displays.Render(chart, "session-a");

        Assert.NotEqual(Id(first), Id(second));
        Assert.Contains($"newPlot(\"{Id(first)}\"", first, StringComparison.Ordinal);
        Assert.Contains($"newPlot(\"{Id(second)}\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{Id(first)}\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_session_gives_the_same_ids_as_the_last_one()
    {
        var chart = Consistency();
        var other = Backend.Chart(RepositoryStudies.All[0].Id, "overview", new ViewOptions());
        var displays = new ChartDisplays(() => null);
        string[] Session(string name) => [displays.Render(chart, name), displays.Render(other, name), displays.Render(chart, name)];

        var a = Session("session-a");
        var b = Session("session-b");
        var fresh = new ChartDisplays(() => null);
        var c = new[] { fresh.Render(chart, "session-c"), fresh.Render(other, "session-c"), fresh.Render(chart, "session-c") };

        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.Equal(3, a.Select(Id).Distinct().Count());
    }

    [Fact]
    public void The_library_is_embedded_once_per_session()
    {
        var chart = Consistency();
        var displays = new ChartDisplays(() => "<script>/* plotly.js */</script>");
        var library = (string html) => html.Contains("/* plotly.js */", StringComparison.Ordinal);

        var other = Backend.Chart(RepositoryStudies.All[0].Id, "overview", new ViewOptions());

        Assert.True(library(displays.Render(chart, "one")));
        Assert.False(library(displays.Render(other, "one")));
        Assert.False(library(displays.Render(other, "one")));
        Assert.True(library(displays.Render(chart, "two")));
        Assert.False(library(displays.Render(other, "two")));
    }

    [Fact]
    public void The_chart_that_carried_the_library_carries_it_again_when_its_cell_is_run_again()
    {
        var chart = Consistency();
        var other = Backend.Chart(RepositoryStudies.All[0].Id, "overview", new ViewOptions());
        var displays = new ChartDisplays(() => "<script>/* plotly.js */</script>");
        var library = (string html) => html.Contains("/* plotly.js */", StringComparison.Ordinal);

        Assert.Equal([true, false, true, false], new[] { chart, other, chart, other }.Select(c => library(displays.Render(c, "one"))));
    }
}
