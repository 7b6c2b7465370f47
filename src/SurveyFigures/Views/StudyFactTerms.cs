using SurveyFigures.Data;

namespace SurveyFigures.Views;

/// <summary>
/// The terms of a study's facts, in one vocabulary: the report's study header and the notebooks' study card both lay
/// them out, so their wording cannot drift apart again.
/// </summary>
internal static class StudyFactTerms
{
    public static readonly LocalizedText Publishers = new("Éditeurs", "Publishers");
    public static readonly LocalizedText Population = new("Population", "Population");
    public static readonly LocalizedText SampleSize = new("Taille de l'échantillon", "Sample size");
    public static readonly LocalizedText Fieldwork = new("Terrain", "Fieldwork");
    public static readonly LocalizedText Sampling = new("Échantillonnage", "Sampling");
    public static readonly LocalizedText Sources = new("Sources", "Sources");
    public static readonly LocalizedText PublishedFigures = new("Chiffres publiés", "Published figures");

    /// <summary>Every term in card order, in one language.</summary>
    public static IReadOnlyList<string> In(Language language) =>
        [Publishers.In(language), Population.In(language), SampleSize.In(language), Fieldwork.In(language), Sampling.In(language), Sources.In(language), PublishedFigures.In(language)];
}
