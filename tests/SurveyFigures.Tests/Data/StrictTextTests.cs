using System.Text;
using SurveyFigures.Data;

namespace SurveyFigures.Tests.Data;

/// <summary>Source texts, draft inputs and CSV files are strict UTF-8: a bad byte is an error at its line, never a silent U+FFFD.</summary>
public class StrictTextTests
{
    [Theory]
    [InlineData(new byte[] { 0xE9 }, 3)]               // Latin-1 "é"
    [InlineData(new byte[] { 0xC3 }, 3)]               // a sequence cut short
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 3)]   // a surrogate encoded in UTF-8
    [InlineData(new byte[] { 0xC0, 0xAF }, 3)]         // an overlong "/"
    public void A_bad_byte_is_an_error_at_its_line(byte[] bad, int line)
    {
        var bytes = Encoding.UTF8.GetBytes("ligne 1\nligne 2\nligne ").Concat(bad).Concat(Encoding.UTF8.GetBytes(" 3\nligne 4\n")).ToArray();
        var e = Assert.Throws<DataFileException>(() => StrictText.Decode(bytes, "text.txt"));
        Assert.Equal(line, e.Line);
        Assert.StartsWith("text.txt, line 3", e.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_and_valid_text_kept()
    {
        var text = "près de deux tiers\u00A0%\n";
        Assert.Equal(text, StrictText.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "text.txt"));
    }
}
