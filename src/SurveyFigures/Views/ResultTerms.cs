using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Statistics;

namespace SurveyFigures.Views;

/// <summary>
/// The names of a result's verdict and interval method, once for every view: tables, findings, charts, the report and
/// the notebooks all say them in these words.
/// </summary>
internal static class ResultTerms
{
    /// <summary>The name of an interval method as a reader knows it: "Wilson", "Clopper–Pearson"…</summary>
    public static string MethodName(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson",
        IntervalMethod.ClopperPearson => "Clopper–Pearson",
        IntervalMethod.Jeffreys => "Jeffreys",
        IntervalMethod.AgrestiCoull => "Agresti–Coull",
        _ => ProportionInterval.MethodName(method),
    };

    public static string VerdictName(Verdict verdict, Language language) => (verdict switch
    {
        Verdict.Consistent => new LocalizedText("cohérent avec la règle d'arrondi déclarée", "consistent under the declared rounding rule"),
        Verdict.RoundedSum => new LocalizedText("cohérent seulement parce que des parts arrondies peuvent ne pas totaliser 100", "consistent only because rounded shares may sum short of or past 100"),
        Verdict.OtherRounding => new LocalizedText("incohérent avec la règle déclarée, cohérent seulement avec une autre règle d'arrondi", "fails under the declared rule; consistent only under another rounding rule"),
        Verdict.SourcesDisagree => new LocalizedText("les sources divergent", "sources disagree"),
        Verdict.Untestable => new LocalizedText("non testable", "untestable"),
        Verdict.Contradiction => new LocalizedText("contradiction", "contradiction"),
        Verdict.Impossible => new LocalizedText("impossible", "impossible"),
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    }).In(language);
}
