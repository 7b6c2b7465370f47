namespace SurveyFigures.Notebook.Formatting;

/// <summary>The fixed words of tables and study cards, in the notebook's language ("en" or "fr").</summary>
public static class NotebookLabels
{
    public static IReadOnlyList<string> FigureColumns(string language) => language == "fr"
        ? ["id", "libellé", "publié", "base (n)", "compte", "% recalculé", "comptes possibles", "intervalle %", "verdict"]
        : ["id", "label", "printed", "base (n)", "count", "computed %", "feasible counts", "interval %", "verdict"];

    public static (string Publishers, string Population, string SampleSize, string Fieldwork, string Sampling, string Sources, string Figures) Study(string language) =>
        language == "fr"
            ? ("Éditeurs", "Population", "Taille d'échantillon", "Terrain", "Échantillonnage", "Sources", "Chiffres publiés")
            : ("Publishers", "Population", "Sample size", "Fieldwork", "Sampling", "Sources", "Published figures");
}
