using System.CommandLine;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;

namespace SurveyFigures.Cli;

/// <summary>`reconstruct`: regenerate each study's synthetic respondents.csv from its ledger.</summary>
internal static class ReconstructCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("reconstruct", "Regenerate the synthetic respondent files (data/studies/*/respondents.csv) from the ledgers.");
        options.AddTo(command);
        command.SetAction(result => CliErrors.Guard(() =>
        {
            var root = RepositoryLayout.FindRoot();
            var settings = options.Read(result);
            // All studies are generated and checked before any file is written: all are rewritten, or none.
            foreach (var (study, table) in Reconstructor.ReconstructAll(StudyCatalog.LoadAll(root), settings.RuleFor))
            {
                Console.WriteLine($"{study.ShownRespondentsPath}: {table.RowCount} synthetic respondents × {table.Columns.Count} columns, every figure reproduced.");
            }
        }));
        return command;
    }
}
