namespace SurveyFigures.Data;

/// <summary>A word that comes with a printed number and changes what it claims ("plus de 72 %").</summary>
public enum Qualifier
{
    /// <summary>The number alone: the exact share rounds to it under the study's rule.</summary>
    None,
    /// <summary>"plus de", "more than": the exact share is above the number.</summary>
    MoreThan,
    /// <summary>"au moins", "at least": the exact share is the number or above.</summary>
    AtLeast,
    /// <summary>"près de", "nearly": the exact share is at most the number and within 5 points of it.</summary>
    Nearly,
    /// <summary>"environ", "about": the exact share is within 2.5 points of the number.</summary>
    About,
}

/// <summary>
/// One printing of a figure in one source: the value as printed (a number, maybe qualified, or words), the interval it
/// is read as when it is not a plain number, where it was printed, and a free note. A figure has one or more versions;
/// the first is the one the reconstruction follows.
/// </summary>
public sealed record PrintedVersion(
    string Printed,
    PrintedPercent? Percent,
    Qualifier Qualifier,
    VerbalInterval? Interval,
    IReadOnlyList<SourceLocator> Sources,
    string Note,
    long Line)
{
    /// <summary>
    /// Words the same sentence prints for the number ("plus de la moitié" in "plus de la moitié (53 %)"), or "". They
    /// account for their own occurrence in the coverage check; the number, more precise, is what the checks read.
    /// </summary>
    public string Words { get; init; } = "";

    /// <summary>
    /// A count printed instead of a share ("197 patients", ledger unit <c>count</c>): the respondents the figure counts,
    /// exactly or, with a qualifier, more than or at least that many; null for a share. <see cref="Percent"/> is then null.
    /// </summary>
    public int? Count { get; init; }

    /// <summary>Printed in words ("près de deux tiers") rather than as a number.</summary>
    public bool IsWords => Percent is null && Count is null;

    /// <summary>The version as a reader saw it: "54 %", "plus de 72 %", "197 (count)", or the words.</summary>
    public string Display => Percent is { } p
        ? Qualifiers.Prefix(Qualifier) + $"{p} %"
        : Count is { } k ? Qualifiers.Prefix(Qualifier) + $"{k} (count)" : Printed;

    /// <summary>The source documents this version cites, each once, in order.</summary>
    public IReadOnlyList<string> Documents => Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>Qualifier names as written in figures.csv, and their reading as an interval of exact shares.</summary>
internal static class Qualifiers
{
    public static readonly IReadOnlyList<string> Names = ["more-than", "at-least", "nearly", "about"];

    public static Qualifier? Parse(string text) => text switch
    {
        "" => Qualifier.None,
        "more-than" => Qualifier.MoreThan,
        "at-least" => Qualifier.AtLeast,
        "nearly" => Qualifier.Nearly,
        "about" => Qualifier.About,
        _ => null,
    };

    public static string Name(Qualifier q) => q switch
    {
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.Nearly => "nearly",
        Qualifier.About => "about",
        _ => "",
    };

    /// <summary>Language-neutral prefix for a qualified number in the ledger's own terms (the report translates it).</summary>
    public static string Prefix(Qualifier q) => q switch
    {
        Qualifier.MoreThan => "> ",
        Qualifier.AtLeast => "≥ ",
        Qualifier.Nearly => "≲ ",
        Qualifier.About => "≈ ",
        _ => "",
    };

    /// <summary>
    /// The exact shares a qualified number claims (documented in data/README.md): more than X is (X, 100]; at least X is
    /// [X, 100]; nearly X is [X − 5, X]; about X is [X − 2.5, X + 2.5], clipped to 0–100.
    /// </summary>
    public static ShareBounds Bounds(Qualifier q, decimal x) => q switch
    {
        Qualifier.MoreThan => new ShareBounds(x, true, 100, false),
        Qualifier.AtLeast => new ShareBounds(x, false, 100, false),
        Qualifier.Nearly => new ShareBounds(Math.Max(0, x - 5), false, x, false),
        Qualifier.About => new ShareBounds(Math.Max(0, x - 2.5m), false, Math.Min(100, x + 2.5m), false),
        _ => throw new ArgumentOutOfRangeException(nameof(q), q, "a plain number is read through rounding, not as bounds"),
    };
}

/// <summary>An interval of exact shares, in percent, each end open or closed.</summary>
internal readonly record struct ShareBounds(decimal Low, bool LowOpen, decimal High, bool HighOpen)
{
    public bool Contains(decimal share) =>
        (LowOpen ? share > Low : share >= Low) && (HighOpen ? share < High : share <= High);

    public override string ToString() =>
        $"{(LowOpen ? "(" : "[")}{Low.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}, {High.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}{(HighOpen ? ")" : "]")} %";
}
