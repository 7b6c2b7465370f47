using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// Each notebook of notebooks/ as a user sees it in the classic Notebook after Run All (<see cref="EveryNotebookInBrowser"/>):
/// every cell ran, no error output, every chart drawn with every mark its traces ask for, and, at a wide window and at
/// one where the charts are at their minimum width: no text of a chart past its edges, and no two of its text blocks
/// (title and subtitle, each annotation such as the footer, the axis titles, the legend, plotly's mode bar) overlapping.
/// Boxes are Chromium's, relative to the chart; half a pixel of rounding is allowed at the edges, one pixel in overlaps.
/// </summary>
[Collection(ClassicNotebookCollection.Name)]
public sealed class NotebooksInBrowserTests(EveryNotebookInBrowser page, ITestOutputHelper output)
{
    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(RepositoryLayout.Notebooks(RepositoryLayout.FindRoot()), "*.ipynb").Order(StringComparer.Ordinal).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Run_all_draws_every_chart_whole_with_no_error_and_no_crowded_text(string notebook)
    {
        output.WriteLine($"server, browser and all {Notebooks().Count} notebooks at two widths: {page.Seconds:0} s");
        Assert.True(page.Problem is null, page.Problem);
        Assert.Equal(403, page.Result!["without_token"]!.GetValue<int>());
        var seen = page.Result["notebooks"]![notebook]!.AsObject();

        Assert.All(seen["counts"]!.AsArray(), c => Assert.True(c?.GetValueKind() == System.Text.Json.JsonValueKind.Number, $"a cell did not run: {seen["counts"]}"));
        Assert.Empty(seen["errors"]!.AsArray());
        var widths = seen["widths"]!.AsObject();
        Assert.Equal(["1400", "700"], widths.Select(w => w.Key));
        var problems = new List<string>();
        foreach (var (width, charts) in widths)
        {
            var list = charts!.AsArray().Select(c => c!.AsObject()).ToList();
            Assert.True(list.Count > 0, $"{notebook}: no chart at {width} px");
            foreach (var chart in list)
            {
                problems.AddRange(Problems(chart).Select(p => $"{width} px, {chart["id"]}: {p}"));
            }
        }
        Assert.True(problems.Count == 0, $"{notebook}:\n{string.Join("\n", problems)}");

        var shots = Path.Combine(page.Screenshots, Path.GetFileNameWithoutExtension(notebook));
        Assert.Equal(widths["1400"]!.AsArray().Count, Directory.Exists(shots) ? Directory.GetFiles(shots, "chart-*.png").Length : 0);
    }

    private static IEnumerable<string> Problems(JsonObject chart)
    {
        if (!chart["drawn"]!.GetValue<bool>())
        {
            yield return "not drawn (no plot in plotly's svg)";
        }
        var (expected, marks) = (chart["expected"]!.GetValue<int>(), chart["marks"]!.GetValue<int>());
        if (expected == 0 || marks != expected)
        {
            yield return $"{marks} marks drawn, {expected} asked for by its traces";
        }
        var (width, height) = (chart["width"]!.GetValue<double>(), chart["height"]!.GetValue<double>());
        foreach (var text in chart["texts"]!.AsArray().Select(t => t!.AsObject()))
        {
            var box = Box.Of(text["box"]!);
            if (box.Left < -0.5 || box.Top < -0.5 || box.Right > width + 0.5 || box.Bottom > height + 0.5)
            {
                yield return $"'{text["text"]}' at {box} extends past the chart (0, 0, {width:0}, {height:0})";
            }
        }
        var named = chart["named"]!.AsArray().Select(n => (Name: n!["name"]!.GetValue<string>(), Text: n["text"]!.GetValue<string>(), Box: Box.Of(n["box"]!))).ToList();
        for (var i = 0; i < named.Count; i++)
        {
            for (var j = i + 1; j < named.Count; j++)
            {
                if (named[i].Box.Overlap(named[j].Box) is { } overlap)
                {
                    yield return $"{named[i].Name} ('{named[i].Text}', {named[i].Box}) and {named[j].Name} ('{named[j].Text}', {named[j].Box}) overlap by {overlap}";
                }
            }
        }
    }

    private sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public static Box Of(JsonNode box) => new(box["left"]!.GetValue<double>(), box["top"]!.GetValue<double>(), box["right"]!.GetValue<double>(), box["bottom"]!.GetValue<double>());

        /// <summary>"W x H px" when the boxes share more than a pixel each way, else null.</summary>
        public string? Overlap(Box other)
        {
            var (x, y) = (Math.Min(Right, other.Right) - Math.Max(Left, other.Left), Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));
            return x > 1 && y > 1 ? $"{x:0} x {y:0} px" : null;
        }

        public override string ToString() => $"({Left:0}, {Top:0}, {Right:0}, {Bottom:0})";
    }
}
