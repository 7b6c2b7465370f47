namespace SurveyFigures.Consistency;

/// <summary>What the arithmetic says of a printed figure, from the ledger alone.</summary>
public enum Verdict
{
    /// <summary>Some whole count prints as the figure, and every joint check it takes part in holds without stretching the rounding.</summary>
    Consistent,
    /// <summary>Holds only thanks to rounding latitude: shares of one question that do not add up to 100 %, or a value no count reaches under the named rule but does under "up or down".</summary>
    RoundingLatitude,
    /// <summary>Cannot be tested: printed in words, or its base size is unknown.</summary>
    Untestable,
    /// <summary>No whole count, or no set of counts across related figures, can produce what was printed.</summary>
    Impossible,
}

public static class Verdicts
{
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "consistent",
        Verdict.RoundingLatitude => "rounding-latitude",
        Verdict.Untestable => "untestable",
        Verdict.Impossible => "impossible",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>The worse of two verdicts (impossible, then rounding latitude, then consistent).</summary>
    public static Verdict Worst(Verdict a, Verdict b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Verdict v) => v switch
    {
        Verdict.Consistent => 0,
        Verdict.RoundingLatitude => 1,
        Verdict.Untestable => 2,
        Verdict.Impossible => 3,
        _ => 0,
    };
}
