using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Pipeline;

/// <summary>One printed version of a figure that more than one source printed, set against the version the reconstruction follows.</summary>
internal sealed record VersionRow(
    FigureResult Result,
    PrintedVersion Version,
    bool Followed,
    bool AgreesWithFollowed,
    bool Reproduced)
{
    public Figure Figure => Result.Figure;
}

/// <summary>
/// The "sources" view: every figure printed by more than one source (or in more than one form), each version (its
/// sources are <see cref="Study.SourcesOf"/>), whether it agrees with the version the reconstruction follows, and
/// whether the respondent rows give it back.
/// </summary>
internal static class SourceVersions
{
    public static IReadOnlyList<VersionRow> Of(StudyAnalysis analysis) =>
        analysis.Results.Where(r => r.Figure.Versions.Count > 1).SelectMany(r => r.Figure.Versions.Select((v, i) => new VersionRow(
            r, v,
            Followed: i == 0,
            AgreesWithFollowed: !r.Check.Disagreeing.Contains(v),
            Reproduced: r.Reproduces(v)))).ToList();
}
