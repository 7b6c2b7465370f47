using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Formatting;

/// <summary>Names of rules and counted nouns in the view's language, with plurals that agree.</summary>
internal static class Names
{
    /// <summary>A rounding rule as a reader of this language says it; the ledger's own name stays in data and figures.csv.</summary>
    public static string Rule(RoundingRule rule, Language language) => language == Language.Fr
        ? rule switch
        {
            RoundingRule.HalfUp => "au plus proche, demis vers le haut",
            RoundingRule.HalfEven => "au plus proche, demis vers le pair",
            RoundingRule.HalfDown => "au plus proche, demis vers le bas",
            RoundingRule.Floor => "troncature",
            RoundingRule.Ceiling => "arrondi par excès",
            RoundingRule.UpOrDown => "l'un ou l'autre voisin",
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        }
        : rule switch
        {
            RoundingRule.HalfUp => "nearest, halves up",
            RoundingRule.HalfEven => "nearest, halves to even",
            RoundingRule.HalfDown => "nearest, halves down",
            RoundingRule.Floor => "truncation",
            RoundingRule.Ceiling => "rounding up",
            RoundingRule.UpOrDown => "either neighbour",
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };

    /// <summary>"1 figure consistent…", "7 figures consistent…"; in French "1 chiffre cohérent…", "7 chiffres cohérents…".</summary>
    public static string VerdictCount(Verdict verdict, int count, Language language)
    {
        var plural = count > 1;
        var n = Numbers.Count(count);
        if (language == Language.Fr)
        {
            var s = plural ? "s" : "";
            return verdict switch
            {
                Verdict.Consistent => $"{n} chiffre{s} cohérent{s} avec la règle déclarée",
                Verdict.RoundedSum => $"{n} chiffre{s} cohérent{s} seulement parce que des parts arrondies peuvent ne pas totaliser 100",
                Verdict.OtherRounding => $"{n} chiffre{s} incohérent{s} avec la règle déclarée, cohérent{s} avec une autre",
                Verdict.SourcesDisagree => $"{n} chiffre{s} sur {(plural ? "lesquels" : "lequel")} les sources divergent",
                Verdict.Untestable => $"{n} chiffre{s} non testable{s}",
                Verdict.Contradiction => $"{n} chiffre{s} contradictoire{s} avec d'autres chiffres publiés",
                Verdict.Impossible => $"{n} chiffre{s} impossible{s}",
                _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
            };
        }
        var figures = plural ? "figures" : "figure";
        return verdict switch
        {
            Verdict.Consistent => $"{n} {figures} consistent under the declared rule",
            Verdict.RoundedSum => $"{n} {figures} consistent only because rounded shares may not add up to 100",
            Verdict.OtherRounding => $"{n} {figures} failing under the declared rule but holding under another",
            Verdict.SourcesDisagree => $"{n} {figures} on which sources disagree",
            Verdict.Untestable => $"{n} untestable {figures}",
            Verdict.Contradiction => $"{n} {figures} contradicting other published figures",
            Verdict.Impossible => $"{n} impossible {figures}",
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
        };
    }
}
