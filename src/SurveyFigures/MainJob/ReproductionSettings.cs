using SurveyFigures.Recomputation;

namespace SurveyFigures.MainJob;

/// <summary>
/// What one run of the main job is asked to do, every part already checked by the caller: the recomputation options,
/// the folder of the local source texts (optional: a missing one means coverage is not checked) and whether to write
/// chart images.
/// </summary>
public sealed record ReproductionSettings(RecomputeOptions Options, string SourceFolder, bool Images);
