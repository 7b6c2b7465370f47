namespace SurveyFigures.Consistency;

/// <summary>What the arithmetic says of a printed figure, from the ledger alone.</summary>
internal enum Verdict
{
    /// <summary>Some whole count prints as the figure under the study's declared rounding rule, and every joint check it takes part in holds.</summary>
    Consistent,
    /// <summary>Holds only because rounded shares may add up short of or past 100 (or a part may print above its whole).</summary>
    RoundedSum,
    /// <summary>No count prints as the figure under the declared rule; some count does under another rounding rule, which the reasons name.</summary>
    OtherRounding,
    /// <summary>Two sources print values for the same item that no single count can give: the reasons name both and the one the reconstruction follows.</summary>
    SourcesDisagree,
    /// <summary>Cannot be tested: printed in words, or its base size is unknown.</summary>
    Untestable,
    /// <summary>Holds alone, but not together with other figures of the ledger: the reasons name a smallest set that cannot all hold.</summary>
    Contradiction,
    /// <summary>No whole count, or no set of counts across related figures, can produce what was printed, under any rounding.</summary>
    Impossible,
}

internal static class Verdicts
{
    /// <summary>Every verdict, from best to worst.</summary>
    public static IReadOnlyList<Verdict> All => Enum.GetValues<Verdict>();

    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "consistent",
        Verdict.RoundedSum => "rounded-sum",
        Verdict.OtherRounding => "other-rounding",
        Verdict.SourcesDisagree => "sources-disagree",
        Verdict.Untestable => "untestable",
        Verdict.Contradiction => "contradiction",
        Verdict.Impossible => "impossible",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>Verdicts a reader should look at: the figure does not hold as printed under the declared rule, or sources disagree.</summary>
    public static bool IsFlagged(Verdict verdict) => verdict is not (Verdict.Consistent or Verdict.Untestable);

    /// <summary>The worse of two verdicts, in declaration order (impossible is the worst).</summary>
    public static Verdict Worst(Verdict a, Verdict b) => a >= b ? a : b;
}
