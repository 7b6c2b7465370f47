using System.Text;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using static SurveyFigures.Tests.Charts.ChartFixture;

namespace SurveyFigures.Tests.Charts;

public class CrossStudyThemesReaderTests
{
    private const string Header = "theme,theme_label_fr,theme_label_en,study,figure,note_fr,note_en";
    private const string Good1 = "time-saved,Gain de temps,Time saved,chart-barometer,barriers.time,n1,n1";
    private const string Good2 = "time-saved,Gain de temps,Time saved,chart-secretariats,effects.time-saved,n2,n2";

    private static IReadOnlyList<CrossStudyTheme> Parse(params string[] lines) =>
        CrossStudyThemesReader.Read(CsvTable.Parse(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "themes.csv"), Both.Select(a => a.Study));

    [Fact]
    public void ValidRows_AreRead()
    {
        var theme = Assert.Single(Parse(Header, Good1, Good2));
        Assert.Equal(new LocalizedText("Gain de temps", "Time saved"), theme.Label);
        Assert.Equal(3, theme.Figures[1].Line);
    }

    [Fact]
    public void UnknownStudy_IsNamedWithLineColumnAndValue()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(Header, Good1, "time-saved,Gain de temps,Time saved,no-such-study,effects.time-saved,n,n"));
        Assert.Equal(("themes.csv", 3L, "study", "no-such-study"), (e.File, e.Line!.Value, e.Column, e.Value));
        Assert.Contains(SurveyId, e.Expected);
    }

    [Fact]
    public void UnknownFigure_IsNamed()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(Header, Good1, "time-saved,Gain de temps,Time saved,chart-secretariats,effects.nothing,n,n"));
        Assert.Equal((3L, "figure", "effects.nothing"), (e.Line!.Value, e.Column, e.Value));
        Assert.Contains("figures.csv", e.Expected);
    }

    [Fact]
    public void AThemeWithTwoLabels_IsRefused()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(Header, Good1, "time-saved,Gain de temps,Time gained,chart-secretariats,effects.time-saved,n,n"));
        Assert.Equal((3L, "theme_label_en", "Time gained"), (e.Line!.Value, e.Column, e.Value));
        Assert.Contains("'Time saved'", e.Expected);
    }

    [Fact]
    public void AThemeOnOneStudyOnly_IsRefused()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(Header, Good1));
        Assert.Equal((2L, "study"), (e.Line!.Value, e.Column));
        Assert.Contains("at least two studies", e.Expected);
    }

    [Fact]
    public void AFigureTwiceUnderATheme_IsRefused()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(Header, Good1, Good2, Good2));
        Assert.Equal((4L, "figure"), (e.Line!.Value, e.Column));
        Assert.Contains("line 3", e.Message);
    }

    [Fact]
    public void EmptyFieldsAndBadIds_AreRefused()
    {
        var empty = Assert.Throws<DataFileException>(() => Parse(Header, Good1, "time-saved,Gain de temps,Time saved,chart-secretariats,effects.time-saved,,n"));
        Assert.Equal((3L, "note_fr"), (empty.Line!.Value, empty.Column));
        var id = Assert.Throws<DataFileException>(() => Parse(Header, "Time Saved,Gain de temps,Time saved,chart-barometer,barriers.time,n,n"));
        Assert.Equal((2L, "theme", "Time Saved"), (id.Line!.Value, id.Column, id.Value));
    }

    [Fact]
    public void MissingColumns_AreNamed()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("theme,theme_label_fr,theme_label_en,study,figure", "a,b,c,d,e"));
        Assert.Contains("'note_fr'", e.Message);
        Assert.Contains("'note_en'", e.Message);
    }
}
