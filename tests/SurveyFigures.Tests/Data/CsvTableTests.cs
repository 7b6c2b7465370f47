using System.Text;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Data;

public class CsvTableTests
{
    private static CsvTable Parse(string text) => CsvTable.Parse(new UTF8Encoding(false).GetBytes(text), "x.csv");

    [Fact]
    public void A_table_beyond_the_value_limit_is_refused_from_its_line_count_before_it_is_parsed()
    {
        // Five records of three columns against a limit of 12 values; the third record is malformed, and is never reached.
        var text = "respondent_id,c1,c2\nR1,1,0\nR2,0,1\nR3,1\nR4,0,0\nR5,1,1";

        var error = Assert.Throws<DataFileException>(() => CsvTable.Parse(new UTF8Encoding(false).GetBytes(text), "data/studies/big/respondents.csv", valueLimit: 12));

        Assert.Equal("data/studies/big/respondents.csv: 5 records × 3 columns = 15 values, beyond what one run supports; expected at most 12 values (respondents × columns; see data/README.md, scale limits)", error.Message);
    }

    [Fact]
    public void A_table_at_the_value_limit_is_read()
    {
        var table = CsvTable.Parse(new UTF8Encoding(false).GetBytes("respondent_id,c1,c2\nR1,1,0\nR2,0,1\nR3,1,1\nR4,0,0\n"), "x.csv", valueLimit: 12);

        Assert.Equal(4, table.Lines.Count);
    }

    [Fact]
    public void Reads_comma_separated_utf8()
    {
        var t = Parse("a,b\n1,\"deux, trois\"\n");
        Assert.Equal(["a", "b"], t.Header);
        Assert.Equal("deux, trois", t.Get(t.Lines[0], "b"));
        Assert.Equal(2, t.Lines[0].Number);
    }

    [Fact]
    public void Reads_semicolons_and_decimal_commas_from_french_spreadsheets()
    {
        var t = Parse("a;b\nélève;66,7\n");
        Assert.Equal(';', t.Separator);
        Assert.Equal("66,7", t.Get(t.Lines[0], "b"));
        Assert.Equal("élève", t.Get(t.Lines[0], "a"));
    }

    [Fact]
    public void Ignores_a_utf8_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id,v\nx,1\n")).ToArray();
        Assert.Equal("id", CsvTable.Parse(bytes, "bom.csv").Header[0]);
    }

    [Fact]
    public void Counts_lines_across_blank_lines()
    {
        var t = Parse("a,b\n1,2\n\n3,4\n");
        Assert.Equal(4, t.Lines[1].Number);
    }

    [Fact]
    public void Rejects_latin1_naming_line_and_byte()
    {
        var bytes = Encoding.Latin1.GetBytes("a,b\nx,1\nélève,2\n");
        var e = Assert.Throws<DataFileException>(() => CsvTable.Parse(bytes, "latin1.csv"));
        Assert.Equal(3, e.Line);
        Assert.Contains("latin1.csv", e.Message);
        Assert.Contains("UTF-8", e.Message);
        Assert.Equal("0xE9", e.Value);
    }

    [Fact]
    public void Rejects_utf16()
    {
        var e = Assert.Throws<DataFileException>(() => CsvTable.Parse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a,b\n1,2\n")).ToArray(), "u16.csv"));
        Assert.Contains("UTF-16", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    public void Rejects_an_empty_file(string text) =>
        Assert.Contains("empty", Assert.Throws<DataFileException>(() => Parse(text)).Message);

    [Fact]
    public void Rejects_a_header_without_records() =>
        Assert.Contains("no records", Assert.Throws<DataFileException>(() => Parse("a,b\n")).Message);

    [Fact]
    public void Rejects_a_ragged_line_with_its_number()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("a,b\n1,2\n3,4,5\n"));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Names_every_missing_column()
    {
        var t = Parse("a,b\n1,2\n");
        var e = Assert.Throws<DataFileException>(() => t.RequireColumns(["a", "c", "d"]));
        Assert.Contains("'c', 'd'", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Rejects_duplicate_column_names() =>
        Assert.Equal("a", Assert.Throws<DataFileException>(() => Parse("a,b,a\n1,2,3\n")).Column);

    [Fact]
    public void Rejects_a_file_with_no_separator() =>
        Assert.Contains("separator", Assert.Throws<DataFileException>(() => Parse("a|b\n1|2\n")).Message);

    [Fact]
    public void An_unquoted_decimal_comma_gets_a_hint_to_quote_it()
    {
        var e = Assert.Throws<DataFileException>(() => CsvTable.Parse(Encoding.UTF8.GetBytes("id,printed,base\na,7,9,all\n"), "figures.csv"));
        Assert.Equal(2, e.Line);
        Assert.Contains("if '7,9' is one number with a decimal comma, quote it as \"7,9\", write 7.9, or separate fields with ';'", e.Message);
        // CsvHelper's own sentence ends with a full stop; ours must not follow it with a stray ".;".
        Assert.DoesNotContain(".;", e.Message);
    }

    [Fact]
    public void A_field_count_error_without_a_decimal_comma_gives_no_such_hint()
    {
        var e = Assert.Throws<DataFileException>(() => CsvTable.Parse(Encoding.UTF8.GetBytes("id,printed,base\na,7,all,extra\n"), "figures.csv"));
        Assert.DoesNotContain("decimal comma", e.Message);
    }
}
