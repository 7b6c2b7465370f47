namespace SurveyFigures.Notebook.Formatting;

/// <summary>The fixed words of study cards (the figures table's come from the library's one view), in the notebook's language ("en" or "fr").</summary>
public static class NotebookLabels
{
    public static (string Publishers, string Population, string SampleSize, string Fieldwork, string Sampling, string Sources, string Figures) Study(string language) =>
        language == "fr"
            ? ("Éditeurs", "Population", "Taille d'échantillon", "Terrain", "Échantillonnage", "Sources", "Chiffres publiés")
            : ("Publishers", "Population", "Sample size", "Fieldwork", "Sampling", "Sources", "Published figures");
}
