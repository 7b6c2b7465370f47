using SurveyFigures.Data;
using SurveyFigures.Statistics;

namespace SurveyFigures.Recomputation;

/// <summary>
/// The interval methods a run can be asked for by name: the four intervals of a count, which a weighted study reads as
/// their design-based forms (<see cref="WeightedInterval.For"/>), and the weighted methods themselves
/// (<c>wilson-n-eff</c>, <c>korn-graubard</c>, <c>logit</c>), which apply to weighted studies only.
/// </summary>
public static class IntervalChoice
{
    private static readonly WeightedIntervalMethod[] WeightedMethods = Enum.GetValues<WeightedIntervalMethod>();

    /// <summary>The count intervals' names, as messages list them.</summary>
    private static string CountMethods => string.Join(", ", Enum.GetValues<IntervalMethod>().Select(ProportionInterval.MethodName));

    /// <summary>Every accepted name, the count intervals first.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Enum.GetValues<IntervalMethod>().Select(ProportionInterval.MethodName), .. WeightedMethods.Select(WeightedInterval.MethodName)];

    /// <summary>
    /// The options a name stands for, case-insensitive: a count interval as <see cref="RecomputeOptions.IntervalMethod"/>,
    /// a weighted method as <see cref="RecomputeOptions.WeightedMethod"/> (with the count interval it is the form of).
    /// </summary>
    /// <exception cref="ArgumentException">Not an accepted name; the message lists them and says which apply where.</exception>
    public static RecomputeOptions Apply(RecomputeOptions options, string name)
    {
        if (ProportionInterval.TryParseMethod(name, out var method))
        {
            return options with { IntervalMethod = method, WeightedMethod = null };
        }
        foreach (var weighted in WeightedMethods)
        {
            if (string.Equals(name.Trim(), WeightedInterval.MethodName(weighted), StringComparison.OrdinalIgnoreCase))
            {
                var counted = weighted == WeightedIntervalMethod.KornGraubard ? IntervalMethod.ClopperPearson : IntervalMethod.Wilson;
                return options with { IntervalMethod = counted, WeightedMethod = weighted };
            }
        }
        throw new ArgumentException($"Unknown confidence-interval method '{name}'; expected one of {Expected} (case-insensitive).", nameof(name));
    }

    /// <summary>The name a run records for its interval choice.</summary>
    public static string Name(RecomputeOptions options) =>
        options.WeightedMethod is { } weighted ? WeightedInterval.MethodName(weighted) : ProportionInterval.MethodName(options.IntervalMethod);

    /// <summary>
    /// Refuses a weighted method for a study without weights, before anything is computed: the message names the
    /// study and the methods that apply to it.
    /// </summary>
    /// <exception cref="ArgumentException">The study has no weights and <paramref name="options"/> asks for a weighted method.</exception>
    public static void CheckApplies(Study study, RecomputeOptions options)
    {
        if (WhyNot(study, options) is { } reason)
        {
            throw new ArgumentException(reason, nameof(options));
        }
    }

    /// <summary>Why the options' weighted method does not apply to the study (it has no weights), or null when it does; callers word their own refusal around it.</summary>
    public static string? WhyNot(Study study, RecomputeOptions options) =>
        options.WeightedMethod is { } weighted && study.Metadata.Respondents.Weight is null
            ? $"Study {study.Id} is not weighted (its study.json declares no respondents.weight), so {WeightedInterval.MethodName(weighted)}, an interval for weighted shares, does not apply; "
                + $"use one of {CountMethods}."
            : null;

    private static string Expected =>
        $"{CountMethods} (any study) or {string.Join(", ", WeightedMethods.Select(WeightedInterval.MethodName))} (weighted studies only)";
}
