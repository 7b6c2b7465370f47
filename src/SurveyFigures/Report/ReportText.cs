using SurveyFigures.Data;

namespace SurveyFigures.Report;

/// <summary>The report's own words, in French and English (nothing here is about a particular study).</summary>
internal static class ReportText
{
    public static readonly LocalizedText PageTitle = new("Chiffres d'enquêtes : publiés, recalculés, vérifiés", "Survey figures: published, recomputed, checked");
    public static readonly LocalizedText Intro = new(
        "Chaque pourcentage publié, tel qu'imprimé ; la part recalculée à partir des lignes de répondants, avec son intervalle ; et ce que l'arithmétique exacte dit de sa cohérence. Les chiffres publiés, les données par répondant et les résultats calculés restent séparés.",
        "Every published percentage as printed; the share recomputed from respondent-level rows, with its interval; and what exact arithmetic says of its consistency. Published figures, respondent-level data and computed results are kept apart.");
    public static readonly LocalizedText Contents = new("Sommaire", "Contents");
    public static readonly LocalizedText NotPublished = new("non publié", "not published");
    public static readonly LocalizedText SamplingCaveat = new(
        "Les intervalles ne décrivent que l'aléa d'échantillonnage : aucun ne couvre le biais de sélection d'un échantillon auto-sélectionné.",
        "Intervals describe sampling noise only: none of them covers the selection bias of a self-selected sample.");
    public static readonly LocalizedText RespondentData = new("Données par répondant", "Respondent-level data");
    public static readonly LocalizedText RealData = new("Microdonnées réelles de l'enquête.", "The survey's real microdata.");
    public static readonly LocalizedText Figures = new("Chiffres", "Figures");
    public static readonly LocalizedText Findings = new("Cohérence", "Consistency findings");
    public static readonly LocalizedText Charts = new("Graphiques", "Charts");
    public static readonly LocalizedText CrossStudy = new("Entre les études", "Across studies");
    public static readonly LocalizedText Editions = new("D'une édition à l'autre", "From one edition to the next");
    public static readonly LocalizedText EditionsIntro = new(
        "Les éléments que deux éditions d'un même baromètre abordent tous deux, avec leur comparabilité telle que déclarée dans data/editions.csv. Aucune paire n'est tracée comme une évolution si les données ne disent pas que la question est la même.",
        "Items that two editions of one barometer both touch, with their comparability as declared in data/editions.csv. No pair is drawn as a trend unless the data say the question is the same.");

    public static readonly LocalizedText Yes = new("oui", "yes");
    public static readonly LocalizedText No = new("NON", "NO");
    public static readonly LocalizedText NotReproduced = new(
        "Les lignes de répondants ne redonnent pas ces chiffres publiés (l'exécution a échoué et les carnets n'ont pas été exécutés) :",
        "The respondent rows do not give back these printed figures (the run failed and the notebooks were not executed):");

    public static readonly LocalizedText Untestable = new("Chiffres non testables", "Untestable figures");
    public static readonly LocalizedText NoUntestable = new("Tous les chiffres sont testables.", "Every figure can be tested.");
    public static readonly LocalizedText Flagged = new(
        "Chiffres à examiner : impossibles, tenant seulement par une autre règle d'arrondi ou par des sommes arrondies, ou sur lesquels les sources divergent",
        "Figures to look at: impossible, holding only under another rounding rule or through rounded sums, or on which sources disagree");
    public static readonly LocalizedText NoFlagged = new(
        "Aucun chiffre n'est impossible, ne tient seulement par l'arrondi ni ne fait diverger les sources.",
        "No figure is impossible, holds only through rounding, or has sources that disagree.");
    public static readonly LocalizedText Readings = new("Lectures ambiguës", "Ambiguous readings");
    public static readonly LocalizedText NoReadings = new("Aucun chiffre imbriqué : aucune lecture ambiguë.", "No nested figure, so no ambiguous reading.");
    public static readonly LocalizedText Residuals = new("Catégories résiduelles", "Residual categories");
    public static readonly LocalizedText NoResiduals = new("Aucune catégorie résiduelle déclarée.", "No residual category is declared.");
    public static readonly LocalizedText ReasonsInEnglish = new("(raisons rédigées en anglais par le vérificateur)", "");
    public static readonly LocalizedText ShareOfBase = new("part de la base", "share of the base");
    public static readonly LocalizedText ShareOfParent = new("part du chiffre parent", "share of the parent figure");
    public static readonly LocalizedText Chosen = new("lecture retenue", "chosen reading");
    public static readonly LocalizedText Alternative = new("autre lecture", "other reading");
    public static readonly LocalizedText JsErrors = new("Erreurs JavaScript", "JavaScript errors");
}
