namespace FormatterFixture;

/// <summary>A convention-based formatter: MimeType, Type and Format(object, TextWriter), matched by shape.</summary>
public sealed class FixtureChartFormatter(string mimeType, Func<FixtureChart, string> render)
{
    public const string Html = "text/html";
    public const string Plotly = "application/vnd.plotly.v1+json";

    public string MimeType { get; } = mimeType;

    public Type Type => typeof(FixtureChart);

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not FixtureChart chart)
        {
            return false;
        }
        writer.Write(render(chart));
        return true;
    }
}
