using SurveyFigures.Data;
using SurveyFigures.Pipeline;

namespace SurveyFigures.Views;

/// <summary>
/// The "sources" view of a study, in one vocabulary: every figure printed by more than one source, version by version,
/// with whether it agrees with the version the reconstruction follows. The report and the notebooks lay it out.
/// </summary>
internal static class SourcesView
{
    public static readonly LocalizedText Title = new("Versions publiées, source par source", "Printed versions, source by source");
    public static readonly LocalizedText OneSourceOnly = new("Chaque chiffre n'est publié que par une source.", "Every figure is printed by one source only.");
    public static readonly LocalizedText FollowedFirst = new(
        "La reconstruction suit la première version de chaque chiffre ; une version en désaccord ne peut pas être redonnée par les mêmes lignes.",
        "The reconstruction follows each figure's first version; a version that disagrees cannot be given back by the same rows.");

    public static readonly IReadOnlyList<LocalizedText> Headings =
    [
        new("Chiffre", "Figure"),
        new("Publié", "Printed"),
        new("Source et section", "Source and section"),
        new("Note sur la formulation (en anglais)", "Note on the wording"),
        new("Version", "Version"),
        new("Redonnée par les lignes", "Given back by the rows"),
    ];

    /// <summary>How a version stands against the followed one.</summary>
    public static LocalizedText Standing(VersionRow version) => version.Followed
        ? new("suivie par la reconstruction", "followed by the reconstruction")
        : version.AgreesWithFollowed
            ? new("compatible avec la version suivie", "agrees with the followed version")
            : new("en désaccord avec la version suivie", "disagrees with the followed version");

    public static LocalizedText GivenBack(VersionRow version) => version.Reproduced ? new("oui", "yes") : new("NON", "NO");
}
