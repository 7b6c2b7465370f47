using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Pipeline;

/// <summary>
/// Regenerates synthetic respondents.csv files. Every study is checked and generated first (real microdata refused,
/// every figure reproduced); only when all succeed is anything written, so a conflict in one study never leaves
/// the others rewritten.
/// </summary>
public static class Reconstructor
{
    public static RespondentTable Reconstruct(Study study, RoundingRule rule) => ReconstructAll([study], _ => rule)[0].Table;

    public static IReadOnlyList<(Study Study, RespondentTable Table)> ReconstructAll(IReadOnlyList<Study> studies, Func<Study, RoundingRule> ruleFor)
    {
        var shared = studies.GroupBy(s => Path.GetFullPath(s.RespondentsPath), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new InvalidOperationException($"Studies {string.Join(" and ", shared.Select(s => s.Id))} name the same respondents file {shared.First().ShownRespondentsPath}; nothing was written.");
        }
        foreach (var study in studies.Where(s => !s.Metadata.Respondents.Synthetic))
        {
            throw new InvalidOperationException($"{study.ShownRespondentsPath} holds real respondent data (study.json says synthetic: false); refusing to overwrite it, and nothing was written.");
        }
        foreach (var study in studies.Where(s => s.Metadata.Respondents.Weight is not null))
        {
            // Generated rows carry no weights; rewriting the file would lose the declared weight column.
            throw new InvalidOperationException($"{study.ShownRespondentsPath} holds survey weights (study.json declares respondents.weight); weighted rows are not reconstructed, and nothing was written.");
        }
        var prepared = studies.Select(s => (Study: s, Table: Generate(s, ruleFor(s)))).ToList();
        foreach (var (study, table) in prepared)
        {
            RespondentCsv.Write(table, study.RespondentsPath);
        }
        return prepared;
    }

    private static RespondentTable Generate(Study study, RoundingRule rule)
    {
        var table = RespondentGenerator.Generate(study, rule);
        var check = StudyAnalysis.FromRespondents(study, table, new RecomputeOptions(rule));
        if (check.Mismatches.Count > 0)
        {
            throw new ReconstructionConflictException(study.Id, check.Mismatches.Select(m => m.Figure.Id).ToList(),
                "the generated rows do not reproduce them; this is a generator bug, please report it");
        }
        return table;
    }
}
