namespace SurveyFigures.Data;

/// <summary>Languages of labels and narrative: French (the sources' language) and English.</summary>
public enum Language
{
    Fr,
    En,
}

/// <summary>A text in French and English, both written in our own words.</summary>
public sealed record LocalizedText(string Fr, string En)
{
    public string In(Language language) => language == Language.Fr ? Fr : En;

    public static Language ParseLanguage(string text) => text.Trim().ToLowerInvariant() switch
    {
        "fr" or "french" or "français" => Language.Fr,
        "en" or "english" or "anglais" => Language.En,
        _ => throw new ArgumentException($"Unknown language '{text}'; expected 'fr' or 'en'.", nameof(text)),
    };
}
