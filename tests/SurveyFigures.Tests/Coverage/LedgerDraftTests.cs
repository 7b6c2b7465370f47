using SurveyFigures.Coverage;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Coverage;

/// <summary>The draft is a CSV a person opens in a spreadsheet: nothing taken from the text or its file name becomes a formula.</summary>
public class LedgerDraftTests
{
    [Fact]
    public void A_locator_made_from_a_hostile_file_name_is_not_a_formula()
    {
        var rows = LedgerDraft.Rows("Au total, 45 % des répondants.\n", "=cmd|' /C calc'!A0");
        var output = new StringWriter();
        LedgerDraft.Write(rows, output);
        var table = CsvTable.Parse(System.Text.Encoding.UTF8.GetBytes(output.ToString()), "draft.csv");
        var line = Assert.Single(table.Lines);
        Assert.Equal("'=cmd|' /C calc'!A0:line-1", table.Get(line, LedgerColumns.Source));
        Assert.Equal("45", table.Get(line, LedgerColumns.Printed));
    }
}
