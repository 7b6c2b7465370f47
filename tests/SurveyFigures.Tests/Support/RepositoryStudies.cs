using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Tests.Support;

/// <summary>The real studies of the repository, loaded once per test run.</summary>
internal static class RepositoryStudies
{
    public static string Root { get; } = RepositoryLayout.FindRoot();
    private static readonly Lazy<IReadOnlyList<Study>> Loaded = new(() => StudyCatalog.LoadAll(Root));
    private static readonly Lazy<IReadOnlyList<StudyAnalysis>> Analysed = new(() => Loaded.Value.Select(s => StudyAnalysis.Run(s, new RecomputeOptions())).ToList());

    public static IReadOnlyList<Study> All => Loaded.Value;
    public static IReadOnlyList<StudyAnalysis> Analyses => Analysed.Value;
    public static Study Get(string id) => All.Single(s => s.Id == id);
    public static StudyAnalysis Analysis(string id) => Analyses.Single(a => a.Study.Id == id);
}
