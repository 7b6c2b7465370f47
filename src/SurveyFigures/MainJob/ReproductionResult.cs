namespace SurveyFigures.MainJob;

/// <summary>
/// How a run of the main job that wrote all its outputs went: the time of each stage and in all, and, when a notebook
/// failed, why the run still failed (the manifest records it). A run stopped before its outputs were written throws.
/// </summary>
public sealed record ReproductionResult(IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages, TimeSpan Total, string? Failure);
