using SurveyFigures.Rendering;
using System.CommandLine;
using SurveyFigures.Browser;
using SurveyFigures.Consistency;
using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Report;

namespace SurveyFigures.Cli;

/// <summary>`reproduce`, the main job: recompute every figure of every study and write artifacts/figures.csv.</summary>
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
            var sourceFolder = Sources(root, result.GetValue(sources));
            var run = new RunManifest(root, settings, result.GetValue(images));
            // The first output: from here on, artifacts/ says a run is under way until Finish says how it ended.
            run.Start();
            Exception? failure = null;
            try
            {
                Reproduce(root, settings, result.GetValue(images), sourceFolder, run);
            }
            catch (Exception e)
            {
                failure = e;
                run.Fail(e.Message);
                throw;
            }
            finally
            {
                try
                {
                    run.Finish();
                }
                catch (OutputException) when (failure is not null)
                {
                    // The run's first failure is the one reported; the manifest, still "running", says it did not finish.
                }
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

    private static void Reproduce(string root, RecomputeOptions settings, bool withImages, string sourceFolder, RunManifest run)
    {
        var clock = new StageClock();
        var studies = clock.Time("load and validate ledgers", () => StudyCatalog.LoadAll(root));
        run.HashData(studies);
        var coverage = clock.Time("coverage of source texts", () => studies.SelectMany(s => CoverageCheck.Check(s, SourceTextLoader.Load(s, sourceFolder))).ToList());
        foreach (var source in coverage)
        {
            Console.WriteLine(source.Summary());
        }
        if (coverage.FirstOrDefault(c => c.Available && !c.Complete) is { } incomplete)
        {
            throw new InvalidOperationException($"A source text prints a percentage the ledger does not account for (or the ledger cites one it does not print): {incomplete.Summary()}");
        }
        var respondents = clock.Time("read respondent files", () => studies.Select(RespondentCsv.Read).ToList());
        var checks = clock.Time("checks, with the joint model (CP-SAT)", () => studies.Select(s => ConsistencyChecker.Check(s, settings.RuleFor(s))).ToList());
        var analyses = clock.Time("readings, Deedle recomputation", () =>
            studies.Select((s, i) => StudyAnalysis.FromRespondents(s, respondents[i], settings, checks[i])).ToList());
        foreach (var analysis in analyses)
        {
            Console.WriteLine(SummaryTable.Format(analysis));
        }
        var mismatches = analyses.SelectMany(a => a.Mismatches).ToList();
        var mismatchList = string.Join(", ", mismatches.Select(m => $"{m.StudyId}/{m.Figure.Id}"));
        // Under each study's own rule the respondent rows must reproduce every printed figure; notebooks built on
        // rows that do not would show wrong numbers, so they are not executed (and their earlier copies are removed).
        var notebooksBlocked = mismatches.Count > 0 && settings.Rule is null;
        // The notebooks read neither figures.csv nor the report: they run beside the writing of both.
        using var notebooks = notebooksBlocked ? null : Outputs.Write(root, RepositoryLayout.ExecutedNotebooks(root), () => NotebookStage.Start(root, analyses.Select(a => a.Study.Id).ToList()));
        var output = Path.Combine(RepositoryLayout.Artifacts(root), "figures.csv");
        clock.Time("write figures.csv", () => Outputs.Write(root, output, () => ResultsCsv.Write(analyses, output)));
        run.Wrote(output);
        Console.WriteLine($"Wrote {Path.GetRelativePath(root, output)}: {analyses.Sum(a => a.Results.Count)} figures from {analyses.Count} studies; {mismatches.Count} do not reproduce.");
        var reportPath = Path.Combine(RepositoryLayout.Artifacts(root), ReportBuilder.FileName);
        var report = clock.Time("report (charts and HTML)", () => Outputs.Write(root, reportPath, () => ReportBuilder.Write(root, analyses, reportPath)));
        run.Wrote(reportPath);
        Console.WriteLine($"Wrote {Path.GetRelativePath(root, reportPath)}: {analyses.Count} studies, {report.Charts.Count} charts (French and English).");
        if (withImages)
        {
            var figures = Path.Combine(RepositoryLayout.Artifacts(root), "figures");
            Console.WriteLine(clock.Time("chart images (Chromium)", () => Outputs.Write(root, figures, () => ChartImages.Export(report.Charts, figures, HeadlessChromium.TryFind(), Path.GetRelativePath(root, figures)))));
            foreach (var image in Directory.Exists(figures) ? Directory.GetFiles(figures, "*", SearchOption.AllDirectories) : [])
            {
                run.Wrote(image);
            }
        }
        if (notebooksBlocked)
        {
            var reason = $"{mismatches.Count} figure(s) do not reproduce from the respondent rows: {mismatchList}";
            run.SkipNotebooks(reason);
            Console.WriteLine($"Notebooks not executed: {reason}. figures.csv and report.html say which (column 'reproduces').");
            throw new InvalidOperationException($"Recomputed shares differ from the printed figures: {mismatchList}.");
        }
        if (mismatches.Count > 0)
        {
            Console.WriteLine($"Under --rule {RoundingRules.Name(settings.Rule!.Value)} (not the studies' own rule), these recomputed shares print differently: {mismatchList}.");
        }
        var executed = notebooks?.Finish(clock) ?? new NotebookStage.Result(true, []);
        foreach (var copy in executed.Written)
        {
            run.Wrote(copy);
        }
        clock.Print();
        if (!executed.Ok)
        {
            throw new InvalidOperationException("A notebook failed; see the error above and its executed copy under artifacts/notebooks/.");
        }
    }
}
