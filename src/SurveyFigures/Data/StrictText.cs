using System.Text;

namespace SurveyFigures.Data;

/// <summary>
/// Decodes input text as strict UTF-8: a byte order mark is dropped, and an invalid byte is an error naming the file and
/// the line of the first bad byte, never a silent U+FFFD that would change what a text prints.
/// </summary>
internal static class StrictText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/> without its byte order mark, or an error naming the file and line.</summary>
    public static string Decode(byte[] bytes, string shown)
    {
        var body = StripBom(bytes);
        Check(body, shown);
        return Utf8.GetString(body);
    }

    public static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    /// <summary>Fails on UTF-16 or any byte that is not valid UTF-8, naming the line of the first one.</summary>
    public static void Check(byte[] body, string shown)
    {
        if (body.Length >= 2 && ((body[0] == 0xFF && body[1] == 0xFE) || (body[0] == 0xFE && body[1] == 0xFF)))
        {
            throw new DataFileException(shown, "the file is UTF-16", line: 1, expected: "UTF-8 text (with or without a byte order mark)");
        }
        try
        {
            Utf8.GetCharCount(body);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var line = 1 + body.AsSpan(0, Math.Min(offset, body.Length)).Count((byte)'\n');
            var bad = offset < body.Length ? $"0x{body[offset]:X2}" : "?";
            throw new DataFileException(shown, $"invalid UTF-8 byte at offset {offset}", line: line, value: bad,
                expected: "UTF-8 text; re-save the file as UTF-8 (a Latin-1 or Windows-1252 export gives this error)");
        }
    }
}
