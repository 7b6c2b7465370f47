using System.Text.RegularExpressions;

namespace SurveyFigures.Data;

/// <summary>
/// A source's public address, as the report, notebooks and figures.csv give it to a reader: only an absolute https: or
/// http: address is accepted, so no javascript:, data: or file: link, relative path or spreadsheet formula ever reaches
/// an output. study.json is checked with it when a study is loaded; the report links only what passes it.
/// </summary>
internal static partial class WebAddress
{
    /// <summary>The form required (also published in data/study.schema.json, so editors flag a wrong one).</summary>
    public const string Pattern = "^https?://[^\\s]+$";

    public const string Expected = "an absolute web address starting with https:// or http://, without spaces";

    [GeneratedRegex(Pattern)]
    private static partial Regex Shape();

    public static bool IsValid(string? text) =>
        text is not null
        && Shape().IsMatch(text)
        && !text.Any(char.IsControl)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
