using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.Views;

/// <summary>
/// The words of weighted results, once for every view (figures table, report, charts, notebooks) in both languages:
/// a weighted share says so and shows the unweighted share beside it; a base gives Kish's effective size and the design
/// effect; an interval names its design-based method. Unweighted results never reach these words.
/// </summary>
internal static class WeightedTerms
{
    public static readonly LocalizedText Weighted = new("pondéré", "weighted");
    public static readonly LocalizedText Unweighted = new("non pondéré", "unweighted");
    public static readonly LocalizedText EffectiveSize = new("n effectif", "n_eff");
    public static readonly LocalizedText DesignEffect = new("effet de plan", "design effect");

    /// <summary>How a reader knows the method: "Wilson on n_eff", "Korn–Graubard", "logit".</summary>
    public static string MethodName(WeightedIntervalMethod method, Language language) => method switch
    {
        WeightedIntervalMethod.Wilson => $"Wilson {(language == Language.Fr ? "sur le" : "on")} {EffectiveSize.In(language)}",
        WeightedIntervalMethod.KornGraubard => "Korn–Graubard",
        WeightedIntervalMethod.Logit => "logit",
        _ => WeightedInterval.MethodName(method),
    };

    /// <summary>The interval method of a result as every view names it, weighted or not.</summary>
    public static string MethodName(FigureResult r, Language language) =>
        r.Weighted is { } w ? MethodName(w.Method, language) : ResultTerms.MethodName(r.IntervalMethod);

    /// <summary>"45,00 % pondéré (non pondéré : 59,50 %)" / "45.00 % weighted (unweighted 59.50 %)".</summary>
    public static string Share(WeightedResult w, decimal weightedPercent, Language language) =>
        $"{Numbers.PercentText(weightedPercent, Numbers.ShareDecimals, language)} {Weighted.In(language)} ({Beside(w, language)})";

    /// <summary>"non pondéré : 59,50 %" / "unweighted 59.50 %": the share each respondent counting once would give.</summary>
    public static string Beside(WeightedResult w, Language language) =>
        $"{Unweighted.In(language)}{(language == Language.Fr ? " :" : "")} {Numbers.PercentText(w.UnweightedPercent, Numbers.ShareDecimals, language)}";

    /// <summary>"n effectif = 312,4 ; effet de plan = 1,28" / "n_eff = 312.4; design effect = 1.28".</summary>
    public static string Size(WeightedResult w, Language language) =>
        $"{EffectiveSize.In(language)} = {Numbers.Decimal((decimal)w.KishEffectiveSize, 1, language)}{(language == Language.Fr ? " ;" : ";")} {DesignEffect.In(language)} = {Deff(w, language)}";

    /// <summary>The verdict on the rows for a weighted share: "oui, part pondérée (non pondéré : 59,50 %)".</summary>
    public static string Reproduces(FigureResult r, WeightedResult w, Language language) => language == Language.Fr
        ? $"{(r.MatchesPrinted ? "oui" : "NON")}, part pondérée ({Beside(w, language)})"
        : $"{(r.MatchesPrinted ? "yes" : "NO")}, weighted share ({Beside(w, language)})";

    private static string Deff(WeightedResult w, Language language) =>
        double.IsFinite(w.DesignEffect) ? Numbers.Decimal((decimal)w.DesignEffect, 2, language) : "—";
}
