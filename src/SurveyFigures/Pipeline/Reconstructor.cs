using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Pipeline;

/// <summary>Regenerates a study's synthetic respondents.csv, refusing to write one that does not reproduce every figure.</summary>
public static class Reconstructor
{
    public static RespondentTable Reconstruct(Study study, RoundingRule rule)
    {
        if (!study.Metadata.Respondents.Synthetic)
        {
            throw new InvalidOperationException($"{study.ShownRespondentsPath} holds real respondent data (study.json says synthetic: false); refusing to overwrite it.");
        }
        var table = RespondentGenerator.Generate(study, rule);
        var check = StudyAnalysis.FromRespondents(study, table, new RecomputeOptions(rule));
        if (check.Mismatches.Count > 0)
        {
            throw new ReconstructionConflictException(study.Id, check.Mismatches.Select(m => m.Figure.Id).ToList(),
                "the generated rows do not reproduce them; this is a generator bug, please report it");
        }
        RespondentCsv.Write(table, study.RespondentsPath);
        return table;
    }
}
