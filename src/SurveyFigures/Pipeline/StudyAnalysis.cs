using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Pipeline;

/// <summary>
/// Everything computed for one study, kept apart by nature: the published figures (the ledger),
/// the respondent rows the analysis ran on (synthetic or real, as study.json says), and the computed results.
/// </summary>
internal sealed record StudyAnalysis(
    Study Study,
    RespondentTable Respondents,
    IReadOnlyList<FigureCheck> Checks,
    IReadOnlyList<ReadingOutcome> Readings,
    IReadOnlyList<FigureResult> Results)
{
    /// <summary>Loads a study's respondent file (never writes it) and recomputes every figure.</summary>
    public static StudyAnalysis Run(Study study, RecomputeOptions options)
    {
        var respondents = RespondentCsv.Read(study);
        return FromRespondents(study, respondents, options);
    }

    /// <param name="checks">The study's checks under the options' rule, when the caller made them already (and timed them).</param>
    public static StudyAnalysis FromRespondents(Study study, RespondentTable respondents, RecomputeOptions options, IReadOnlyList<FigureCheck>? checks = null)
    {
        var frame = new RespondentFrame(respondents);
        var rule = options.RuleFor(study);
        checks ??= ConsistencyChecker.Check(study, rule);
        return new StudyAnalysis(study, respondents, checks,
            ReadingComparison.Compare(study, rule),
            FigureRecomputer.Recompute(study, frame, checks, options));
    }

    /// <summary>
    /// Figures whose recomputed share does not print as published: empty when the respondent data reproduce the study.
    /// Synthetic rows cannot meet a figure the publisher's own figures rule out (dropped by the joint model, with its
    /// verdict saying why), so those are not counted against them; real microdata must give back every figure.
    /// </summary>
    public IReadOnlyList<FigureResult> Mismatches =>
        Results.Where(r => !r.MatchesPrinted && !(Study.Metadata.Respondents.Synthetic && r.Check.Dropped)).ToList();
}
