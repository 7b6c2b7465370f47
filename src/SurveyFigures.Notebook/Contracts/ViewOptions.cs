using System.Globalization;

namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// How a reader wants the numbers: the language, the rounding rule printed values are compared under (null: each
/// study's own), the interval method and level, and, for ambiguous nested figures, the reading ("base" or "parent")
/// keyed "study-id/figure-id". Plain .NET values, so the facade stays F#-free; the library checks them and lists the
/// valid ones when one is wrong.
/// </summary>
public sealed record ViewOptions(
    string Language = "en",
    string? Rule = null,
    string Interval = "wilson",
    double Level = 0.95,
    IReadOnlyDictionary<string, string>? Readings = null)
{
    /// <summary>A stable text for caching: two equal sets of options give the same key.</summary>
    public string Key => string.Join("|", Language, Rule ?? "", Interval, Level.ToString("R", CultureInfo.InvariantCulture),
        string.Join(",", (Readings ?? new Dictionary<string, string>()).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}")));
}
