using SurveyFigures.Charts;
using SurveyFigures.Consistency;

namespace SurveyFigures.Tests.Charts;

public class PaletteTests
{
    [Fact]
    public void IsOkabeIto() =>
        Assert.Equal(["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"], Palette.All);

    [Fact]
    public void Verdicts_HaveDistinctPaletteColours()
    {
        var colours = Enum.GetValues<Verdict>().Select(Palette.ForVerdict).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.All(colours, c => Assert.Contains(c, Palette.All));
    }

    [Fact]
    public void Series_CycleThroughTheWholePalette()
    {
        Assert.Equal(Palette.All.Order(), Palette.Series.Order());
        Assert.Equal(Palette.ForSeries(0), Palette.ForSeries(8));
        Assert.NotEqual(Palette.ForSeries(0), Palette.ForSeries(1));
    }
}
