namespace FormatterFixture;

/// <summary>Stands in for a chart type: displays as HTML and as a Plotly JSON figure.</summary>
[TypeFormatterSource(typeof(FixtureChartFormatterSource), PreferredMimeTypes = [FixtureChartFormatter.Html, FixtureChartFormatter.Plotly])]
public sealed class FixtureChart(string title)
{
    public string Title { get; } = title;
}
