using SurveyFigures.Views;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.Charts;

/// <summary>The fixed words of every chart (axis titles, legends, notes), in French and English, in one place.</summary>
internal static class ChartText
{
    public static readonly LocalizedText ShareAxis = new("Part des répondants (%)", "Share of respondents (%)");
    public static readonly LocalizedText Published = new("Chiffre publié", "Published figure");
    public static readonly LocalizedText Reading = new("Chiffre publié en toutes lettres (barre au milieu de notre lecture)",
        "Figure printed in words (bar at the midpoint of our reading)");
    public static readonly LocalizedText Composition = new("Composition de l'échantillon", "Sample composition");
    public static readonly LocalizedText NoComposition = new("L'étude ne publie pas la composition de son échantillon.",
        "The study does not publish the composition of its sample.");
    public static readonly LocalizedText Overview = new("Tous les chiffres publiés", "Every published figure");
    public static readonly LocalizedText LedgerOrder = new("chiffres dans l'ordre du registre", "figures in ledger order");
    public static readonly LocalizedText ConsistencyTitle = new("Chiffres publiés et plages atteignables", "Published figures and their feasible ranges");
    public static readonly LocalizedText ConsistencySubtitle = new("plage = comptes entiers qui s'impriment comme le chiffre, en % de la base",
        "range = whole counts that print as the figure, as % of the base");
    public static readonly LocalizedText PointsAxis = new("Écart au chiffre publié (points de %)", "Distance from the published figure (percentage points)");
    public static readonly LocalizedText CrossStudy = new("Thèmes communs aux deux études", "Themes the two studies share");
    public static readonly LocalizedText Source = new("Source", "Source");
    public static readonly LocalizedText Sources = new("Sources", "Sources");
    public static readonly LocalizedText Synthetic = new(
        "Parts recalculées et intervalles : données de répondants synthétiques, reconstruites d'après les chiffres publiés (pas les réponses de l'enquête).",
        "Recomputed shares and intervals: synthetic respondent data, rebuilt to match the published figures (not the survey's responses).");
    public static readonly LocalizedText RealData = new("Parts recalculées et intervalles : microdonnées de l'enquête.",
        "Recomputed shares and intervals: the survey's microdata.");
    public static readonly LocalizedText RecomputedShare = new("Part recalculée", "Recomputed share");
    public static readonly LocalizedText ReadAs = new("lu comme", "read as");
    public static readonly LocalizedText Count = new("compte", "count");
    public static readonly LocalizedText Of = new("sur", "of");
    public static readonly LocalizedText Feasible = new("plage atteignable", "feasible range");
    public static readonly LocalizedText None = new("aucune", "none");
    public static readonly LocalizedText VerdictWord = new("verdict", "verdict");

    /// <summary>"Recomputed share, 95 % interval (Wilson)".</summary>
    public static string Recomputed(Language language, double level, IntervalMethod method) => Recomputed(language, level, ResultTerms.MethodName(method));

    /// <summary>The same for the first result of a chart, naming a weighted share and its design-based method as such.</summary>
    public static string Recomputed(Language language, FigureResult first) => first.Weighted is null
        ? Recomputed(language, first.IntervalLevel, first.IntervalMethod)
        : Recomputed(language, first.IntervalLevel, $"{Views.WeightedTerms.Weighted.In(language)}, {Views.WeightedTerms.MethodName(first, language)}");

    private static string Recomputed(Language language, double level, string method) => language == Language.Fr
        ? $"Part recalculée, intervalle à {ChartFormat.Number(level * 100, 0, language)} % ({method})"
        : $"Recomputed share, {ChartFormat.Number(level * 100, 0, language)} % interval ({method})";

    public static string Interval(Language language, double level) => language == Language.Fr
        ? $"intervalle à {ChartFormat.Number(level * 100, 0, language)} %"
        : $"{ChartFormat.Number(level * 100, 0, language)} % interval";

    /// <summary>The note of the cross-study chart: different questions, different populations, with each population and n.</summary>
    public static string DifferentPopulations(Language language, IEnumerable<string> populations) => language == Language.Fr
        ? $"Questions différentes, posées à des populations différentes : {string.Join(" ; ", populations)}. Chiffres mis côte à côte pour le contexte, pas pour une comparaison directe."
        : $"Different questions put to different populations: {string.Join("; ", populations)}. Set side by side for context, not for a direct comparison.";

    /// <summary>Separator between parts of a subtitle: French typography puts a space before ';'.</summary>
    public static string ListSeparator(Language language) => language == Language.Fr ? " ; " : "; ";
}
