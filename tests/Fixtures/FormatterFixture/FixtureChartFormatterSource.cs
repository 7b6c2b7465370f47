namespace FormatterFixture;

/// <summary>Found through <see cref="TypeFormatterSourceAttribute"/>; creates one formatter per mime type.</summary>
public sealed class FixtureChartFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new FixtureChartFormatter(FixtureChartFormatter.Html, c => $"<div class=\"fixture-chart\">{c.Title}</div>"),
        new FixtureChartFormatter(FixtureChartFormatter.Plotly, c => $"{{\"data\":[{{\"type\":\"bar\",\"y\":[1,2]}}],\"layout\":{{\"title\":\"{c.Title}\"}}}}"),
    ];
}
