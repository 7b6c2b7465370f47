using System.Text.Json;
using SurveyFigures.Charts;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Charts;

/// <summary>
/// A ledger label full of markup reaches every chart as text: Plotly would draw "&lt;a href&gt;" as a link and
/// "&lt;b&gt;" as bold, so each piece of data-derived text is escaped, while our own line breaks stay markup.
/// </summary>
public class PlotlyTextTests
{
    private const string Markup = "<a href=\"https://example.com/\">click me</a> & <b>bold</b><br>";

    [Fact]
    public void Escape_turns_markup_into_entities_plotly_shows_literally() =>
        Assert.Equal("&lt;a href=\"https://example.com/\"&gt;click me&lt;/a&gt; &amp; &lt;b&gt;bold&lt;/b&gt;&lt;br&gt;", PlotlyText.Escape(Markup));

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void A_label_full_of_markup_stays_text_in_every_chart(Language language)
    {
        var quoted = "\"" + Markup.Replace("\"", "\"\"") + "\"";
        using var temp = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "37", "c1"), TempStudy.Row("b", "12", "c2"))
            .Replace("Label a", quoted).Replace("Libellé a", quoted));
        Reconstructor.Reconstruct(temp.Load(), RoundingRule.HalfUp);
        var analysis = StudyAnalysis.Run(temp.Load(), new RecomputeOptions());

        var texts = ChartCatalog.For(analysis, language)
            .SelectMany(entry => Strings(ChartFixture.Json(entry.Chart)))
            .ToList();

        Assert.Contains(texts, t => t.Contains(PlotlyText.Escape(Markup), StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("<a ", StringComparison.Ordinal) || t.Contains("<b>bold", StringComparison.Ordinal) || t.Contains("</b><br>", StringComparison.Ordinal) && t.Contains("click me</a>", StringComparison.Ordinal));
        // Our own markup is still there: the hover text's line breaks and the bold label.
        Assert.Contains(texts, t => t.StartsWith("<b>&lt;a href", StringComparison.Ordinal) && t.Contains("<br>", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
