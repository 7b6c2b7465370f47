namespace SurveyFigures.Reconstruction;

/// <summary>Published figures that no respondent-level table can meet at once. Names every figure involved; none is dropped.</summary>
public sealed class ReconstructionConflictException(string studyId, IReadOnlyList<string> figures, string detail)
    : Exception($"Study '{studyId}': cannot build respondents that meet {string.Join(" and ", figures)} at once: {detail}")
{
    public IReadOnlyList<string> Figures { get; } = figures;
}
