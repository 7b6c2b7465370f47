using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Pipeline;

/// <summary>One printed version of a figure that more than one source printed, set against the version the reconstruction follows.</summary>
public sealed record VersionRow(
    FigureResult Result,
    PrintedVersion Version,
    IReadOnlyList<StudySource> Sources,
    bool Followed,
    bool AgreesWithFollowed,
    bool Reproduced)
{
    public Figure Figure => Result.Figure;
}

/// <summary>
/// The "sources" view: every figure printed by more than one source (or in more than one form), each version with its
/// sources, whether it agrees with the version the reconstruction follows, and whether the respondent rows give it back.
/// </summary>
public static class SourceVersions
{
    public static IReadOnlyList<VersionRow> Of(StudyAnalysis analysis) =>
        analysis.Results.Where(r => r.Figure.Versions.Count > 1).SelectMany(r => r.Figure.Versions.Select((v, i) => new VersionRow(
            r, v,
            v.Documents.Select(d => analysis.Study.Metadata.Sources.First(s => s.Id == d)).ToList(),
            Followed: i == 0,
            AgreesWithFollowed: !r.Check.Disagreeing.Contains(v),
            Reproduced: r.Reproduces(v)))).ToList();
}
