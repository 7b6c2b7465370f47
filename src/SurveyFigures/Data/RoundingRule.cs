namespace SurveyFigures.Data;

/// <summary>How a publisher turned an exact share into the printed figure. Always named, never implied.</summary>
public enum RoundingRule
{
    /// <summary>Round to nearest, halves up (the usual school rule, and our default).</summary>
    HalfUp,
    /// <summary>Round to nearest, halves to the even neighbour (banker's rounding).</summary>
    HalfEven,
    /// <summary>Round to nearest, halves down.</summary>
    HalfDown,
    /// <summary>Truncate.</summary>
    Floor,
    /// <summary>Round any fraction up.</summary>
    Ceiling,
    /// <summary>Either neighbour is accepted: the loosest reading, for a publisher whose rule is unknown.</summary>
    UpOrDown,
}

/// <summary>
/// The rules' names as study.json writes them. They belong to the data: a study declares its rule, and the validator and
/// the schema check it, before any check applies it (the arithmetic is in Consistency's Rounding).
/// </summary>
public static class RoundingRules
{
    public static RoundingRule Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "half-up" => RoundingRule.HalfUp,
        "half-even" => RoundingRule.HalfEven,
        "half-down" => RoundingRule.HalfDown,
        "floor" => RoundingRule.Floor,
        "ceiling" => RoundingRule.Ceiling,
        "up-or-down" => RoundingRule.UpOrDown,
        _ => throw new ArgumentException($"Unknown rounding rule '{name}'; expected half-up, half-even, half-down, floor, ceiling or up-or-down.", nameof(name)),
    };

    /// <summary>Every rule's name, in declaration order.</summary>
    public static IReadOnlyList<string> Names => Enum.GetValues<RoundingRule>().Select(Name).ToList();

    public static string Name(RoundingRule rule) => rule switch
    {
        RoundingRule.HalfUp => "half-up",
        RoundingRule.HalfEven => "half-even",
        RoundingRule.HalfDown => "half-down",
        RoundingRule.Floor => "floor",
        RoundingRule.Ceiling => "ceiling",
        RoundingRule.UpOrDown => "up-or-down",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
