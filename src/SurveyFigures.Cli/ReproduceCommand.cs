using System.CommandLine;
using SurveyFigures.Consistency;
using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.MainJob;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Cli;

/// <summary>
/// `reproduce`, the main job: reads and checks its options, then runs <see cref="Reproduction"/> with the notebook runner
/// as its notebook stage, and prints the timings it returns.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("reproduce", "Recompute every published figure from the respondent files, write artifacts/figures.csv and execute every notebook.");
        options.AddTo(command);
        var images = new Option<bool>("--images") { Description = "Also write every chart as PNG and SVG under artifacts/figures/ (needs headless Chromium: apt-get install chromium)." };
        command.Options.Add(images);
        var sources = new Option<string?>("--sources")
        {
            Description = $"Folder of the local source texts, for the coverage check (default: ${SourceTextFolder.EnvironmentVariable}, else ../shared/sources beside the repository; optional).",
        };
        command.Options.Add(sources);
        command.SetAction(result => CliErrors.Guard(() =>
        {
            var root = RepositoryLayout.FindRoot();
            // Every option is checked before any output is touched: a bad one leaves artifacts/ as it was.
            var settings = options.Read(result);
            WeightedMethodApplies(root, settings);
            var job = new ReproductionSettings(settings, Sources(root, result.GetValue(sources)), result.GetValue(images));
            var outcome = Reproduction.Run(root, job, studyIds => NotebookStage.Start(root, studyIds), Console.Out);
            TimingTable.Print(outcome);
            if (outcome.Failure is { } failure)
            {
                throw new InvalidOperationException(failure);
            }
        }));
        return command;
    }

    // A weighted interval (--ci logit) asked of a study without weights is an option the run cannot use: refused here,
    // before the first output, as the other options are. Only then are the studies read this early.
    private static void WeightedMethodApplies(string root, RecomputeOptions settings)
    {
        if (settings.WeightedMethod is null)
        {
            return;
        }
        if (StudyCatalog.LoadAll(root).ToList().Select(study => IntervalChoice.WhyNot(study, settings)).FirstOrDefault(r => r is not null) is { } reason)
        {
            throw new UsageException($"--ci {IntervalChoice.Name(settings)}: {reason}");
        }
    }

    /// <summary>
    /// The source-text folder. The default beside the repository is optional; a folder named by --sources or the
    /// environment variable must exist, since a misspelt one would otherwise pass as "no texts, coverage not checked".
    /// </summary>
    private static string Sources(string root, string? option)
    {
        var folder = SourceTextFolder.Resolve(root, option);
        var named = option is { Length: > 0 } ? $"--sources {option}"
            : Environment.GetEnvironmentVariable(SourceTextFolder.EnvironmentVariable) is { Length: > 0 } variable ? $"{SourceTextFolder.EnvironmentVariable}={variable}"
            : null;
        if (named is not null && !Directory.Exists(folder))
        {
            throw new UsageException(File.Exists(folder)
                ? $"{named}: a file, not a folder; expected the folder of the local source texts."
                : $"{named}: no such folder ({folder}); expected the folder of the local source texts.");
        }
        return folder;
    }
}
