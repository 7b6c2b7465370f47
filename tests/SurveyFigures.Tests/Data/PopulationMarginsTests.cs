using System.Text;
using SurveyFigures.Data;
using SurveyFigures.Reconstruction;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>
/// Population margins declared in study.json (population_margins), on a copy of tests/Fixtures/studies/raking-panel made
/// wrong one way at a time: each is refused naming the file, the line, the member (or column), the value and what belongs.
/// </summary>
public sealed class PopulationMarginsTests : IDisposable
{
    private const string Professions = "\"percent\": { \"doctor\": 40, \"nurse\": 35, \"other\": 25 }";
    private readonly string _container = Path.Combine(Path.GetTempPath(), "surveyfigures-tests", Guid.NewGuid().ToString("N"));
    private readonly string _folder;

    public PopulationMarginsTests()
    {
        _folder = Path.Combine(_container, "raking-panel");
        Fixtures.CopyStudy("raking-panel", _folder);
    }

    public void Dispose() => Directory.Delete(_container, recursive: true);

    [Fact]
    public void The_fixture_declares_two_margins_with_their_source()
    {
        var margins = PopulationMargins.Of(Study.Load(_folder));
        Assert.Equal(["profession", "age_band"], margins.Select(m => m.Column));
        Assert.Equal(100m, margins[0].Percent.Values.Sum());
        Assert.Equal("invented-register:professions", margins[0].Source);
    }

    [Fact]
    public void Percentages_not_summing_to_100_are_refused_with_their_sum()
    {
        Edit("study.json", Professions, "\"percent\": { \"doctor\": 40, \"nurse\": 35, \"other\": 24.9 }");
        var e = Assert.Throws<DataFileException>(() => Study.Load(_folder));
        AssertNames(e, "study.json", Line("study.json", "\"column\": \"profession\""), "population_margins[0].percent", "99.9", "summing to exactly 100");
    }

    [Fact]
    public void A_margin_on_a_column_no_figure_or_base_uses_is_refused_with_the_columns_allowed()
    {
        Edit("study.json", "\"column\": \"profession\"", "\"column\": \"specialty\"");
        var e = Assert.Throws<DataFileException>(() => Study.Load(_folder));
        AssertNames(e, "study.json", Line("study.json", "\"column\": \"specialty\""), "population_margins[0].column", "specialty", "profession, age_band, uses_tools");
    }

    [Fact]
    public void Two_margins_on_one_column_are_refused_at_the_second()
    {
        Edit("study.json", "\"column\": \"age_band\", \"percent\": { \"under-50\": 30, \"over-50\": 70 }", "\"column\": \"profession\", " + Professions);
        var e = Assert.Throws<DataFileException>(() => Study.Load(_folder));
        Assert.Contains("two population margins on one column", e.Message);
        Assert.Equal(("population_margins[1].column", "profession"), (e.Column, e.Value));
    }

    [Fact]
    public void A_source_not_declared_is_refused()
    {
        Edit("study.json", "\"invented-register:ages\"", "\"invented-register:regions\"");
        var e = Assert.Throws<DataFileException>(() => Study.Load(_folder));
        AssertNames(e, "study.json", Line("study.json", "invented-register:regions"), "population_margins[1].source", "invented-register:regions", "declared under 'sources'");
    }

    [Theory]
    [InlineData("-5", "a number out of range")]
    [InlineData("1e400", "a number out of range")]
    [InlineData("\"40\"", "wrong kind of value")]
    public void A_percentage_that_is_not_a_number_from_0_to_100_is_refused_at_its_line(string written, string problem)
    {
        Edit("study.json", "\"doctor\": 40", $"\"doctor\": {written}");
        var e = Assert.Throws<DataFileException>(() => Study.Load(_folder));
        Assert.Contains(problem, e.Message);
        AssertNames(e, "study.json", Line("study.json", $"\"doctor\": {written}"), "population_margins[0].percent.doctor", written.Trim('"'), "from 0 to 100");
    }

    [Fact]
    public void A_category_with_a_percentage_and_no_respondent_is_refused_at_its_line()
    {
        Edit("study.json", Professions, "\"percent\": { \"doctor\": 40, \"nurse\": 35, \"other\": 20, \"pharmacist\": 5 }");
        var study = Study.Load(_folder);
        var e = Assert.Throws<DataFileException>(() => RespondentCsv.Read(study));
        AssertNames(e, "study.json", Line("study.json", "pharmacist"), "population_margins[0].percent.pharmacist", "5", "a value some respondent has in column 'profession'");
    }

    [Fact]
    public void A_respondent_in_no_category_of_the_margin_is_refused_at_the_row()
    {
        Edit("study.json", Professions, "\"percent\": { \"doctor\": 40, \"nurse\": 60 }");
        var study = Study.Load(_folder);
        var e = Assert.Throws<DataFileException>(() => RespondentCsv.Read(study));
        // The first 'other' respondent: the fixture's rows are in cell order, doctors and nurses first.
        var line = File.ReadLines(Path.Combine(_folder, "respondents.csv")).Select((text, i) => (text, i)).First(x => x.text.Contains(",other,", StringComparison.Ordinal)).i + 1;
        AssertNames(e, "respondents.csv", line, "profession", "other", "doctor, nurse");
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
    }

    private long Line(string file, string text) =>
        File.ReadLines(Path.Combine(_folder, file)).Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;

    private static void AssertNames(DataFileException e, string file, long line, string member, string value, string expected)
    {
        Assert.EndsWith(file, e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(member, e.Column);
        Assert.Equal(value, e.Value);
        Assert.Contains(expected, e.Expected);
    }
}
