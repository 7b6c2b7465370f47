using SurveyFigures.Data;
using SurveyFigures.Reconstruction;

namespace SurveyFigures.Cli;

/// <summary>Turns expected failures (bad data, conflicting figures) into one clear line on stderr and exit code 1.</summary>
internal static class CliErrors
{
    public static int Guard(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is DataFileException or ReconstructionConflictException or SurveyFigures.Consistency.Joint.ModelUnsettledException or ArgumentException or UsageException or SurveyFigures.MainJob.OutputException or InvalidOperationException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
