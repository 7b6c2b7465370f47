using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

public class LedgerReaderTests
{
    private static DataFileException Fails(string ledger)
    {
        using var study = new TempStudy(ledger);
        return Assert.Throws<DataFileException>(study.Load);
    }

    [Fact]
    public void Reads_a_valid_ledger_with_decimal_comma_and_semicolons()
    {
        using var study = new TempStudy(TempStudy.Header.Replace(',', ';') + "\na;q;multi;A;A;12,5;all;;;col_a;1;;;doc:s1\n");
        var figure = study.Load().Figures.Single();
        Assert.Equal(12.5m, figure.Percent!.Value.Value);
        Assert.Equal(1, figure.Percent!.Value.Decimals);
        Assert.Equal("12,5", figure.Printed);
    }

    [Fact]
    public void Missing_column_is_named()
    {
        var e = Fails("id,question,kind\na,q,multi\n");
        Assert.Contains("'label_fr'", e.Message);
        Assert.Contains("figures.csv", e.Message);
    }

    [Fact]
    public void Non_numeric_printed_value_names_line_column_value_and_expectation()
    {
        var e = Fails(TempStudy.Ledger(TempStudy.Row("a", "54", "c1"), TempStudy.Row("b", "cinquante", "c2")));
        Assert.Equal(3, e.Line);
        Assert.Equal("printed", e.Column);
        Assert.Equal("cinquante", e.Value);
        Assert.Contains("number from 0 to 100", e.Message);
    }

    [Fact]
    public void Out_of_range_value_is_refused() =>
        Assert.Equal("120", Fails(TempStudy.Ledger(TempStudy.Row("a", "120", "c1"))).Value);

    [Fact]
    public void Duplicate_id_points_at_the_second_row()
    {
        // Same id, same source: not another source's version, so a duplicate.
        var e = Fails(TempStudy.Ledger(TempStudy.Row("a", "54", "c1"), "a,,,,,22,,,,,,,,doc:s1"));
        Assert.Equal(3, e.Line);
        Assert.Contains("duplicate", e.Message);
    }

    [Fact]
    public void A_third_row_citing_only_what_the_second_cites_is_a_duplicate_too()
    {
        var sources = """{"id": "doc2", "document": "D2", "publisher": "P2", "published": "2025", "address": "https://example.org/2", "retrieved": "2026-01-01", "sections": {"p": "page"}}""";
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1"), "a,,,,,55,,,,,,,,doc2:p", "a,,,,,56,,,,,,,,doc2:p"), sources: sources);
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal(4, e.Line);
        Assert.Contains("duplicate", e.Message);
    }

    [Fact]
    public void A_second_row_that_changes_what_the_figure_measures_is_refused_at_its_field()
    {
        var e = Fails(TempStudy.Ledger(TempStudy.Row("a", "54", "c1"), TempStudy.Row("a", "22", "c2")));
        Assert.Equal(3, e.Line);
        Assert.Equal("column", e.Column);
        Assert.Contains("another printed version", e.Message);
    }

    [Fact]
    public void Unknown_column_is_an_error_naming_it()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")).Replace(",source\n", ",source,notes\n").Replace(",doc:s1\n", ",doc:s1,misspelt\n"));
        var e = Assert.Throws<DataFileException>(study.Load);
        Assert.Equal("notes", e.Column);
        Assert.Equal(1, e.Line);
        Assert.Contains("figures.csv", e.Message);
    }

    [Fact]
    public void Unknown_kind_lists_the_kinds()
    {
        var e = Fails(TempStudy.Ledger(TempStudy.Row("a", "54", "c1", kind: "several")));
        Assert.Equal("kind", e.Column);
        Assert.Contains("single, multi, nested, verbal", e.Message);
    }

    [Fact]
    public void Unknown_base_is_refused()
    {
        var e = Fails(TempStudy.Ledger(TempStudy.Row("a", "54", "c1", baseId: "nurses")));
        Assert.Equal("base", e.Column);
        Assert.Equal("nurses", e.Value);
    }

    [Fact]
    public void Unknown_parent_is_refused()
    {
        var e = Fails(TempStudy.Ledger(TempStudy.Row("a", "54", "c1", kind: "nested", parent: "nowhere", of: "base")));
        Assert.Equal("parent", e.Column);
        Assert.Equal("nowhere", e.Value);
    }

    [Fact]
    public void Nested_figure_needs_a_reading() =>
        Assert.Equal("of", Fails(TempStudy.Ledger(TempStudy.Row("p", "50", "c1"), TempStudy.Row("a", "20", "c2", kind: "nested", parent: "p", of: "half"))).Column);

    [Fact]
    public void Verbal_figure_needs_its_interval() =>
        Assert.Equal("read_low", Fails(TempStudy.Ledger(TempStudy.Row("a", "près de la moitié", "c1", kind: "verbal"))).Column);

    [Fact]
    public void Unknown_source_section_is_refused() =>
        Assert.Equal("source", Fails(TempStudy.Header + "\na,q,multi,A,A,54,all,,,c1,1,,,doc:s9\n").Column);

    [Fact]
    public void Unknown_question_group_is_refused() =>
        Assert.Equal("question", Fails(TempStudy.Ledger(TempStudy.Row("a", "54", "c1", question: "elsewhere"))).Column);
}
