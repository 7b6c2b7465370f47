using SurveyFigures.Browser;
using SurveyFigures.Consistency;
using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Reconstruction;
using SurveyFigures.Rendering;
using SurveyFigures.Report;

namespace SurveyFigures.MainJob;

/// <summary>
/// The main job as one call: read and check every study, check the source texts' coverage, recompute every figure,
/// write figures.csv, the report (and chart images), execute the notebooks, and record the run in the manifest. It
/// sits above both layers of the library, since it writes the views' outputs from the core's results. Progress goes to
/// <c>log</c> as each stage ends; the timings come back in the result, for the caller to print.
/// </summary>
public static class Reproduction
{
    /// <param name="startNotebooks">Starts executing the notebooks for the given study ids and returns at once (the job
    /// writes figures.csv and the report meanwhile, which the notebooks do not read); null when there is none.</param>
    public static ReproductionResult Run(string root, ReproductionSettings settings, Func<IReadOnlyList<string>, INotebookRun?> startNotebooks, TextWriter log)
    {
        var run = new RunManifest(root, settings.Options, settings.Images);
        // The first output: from here on, artifacts/ says a run is under way until Finish says how it ended.
        run.Start();
        Exception? failure = null;
        try
        {
            var result = Steps(root, settings, startNotebooks, log, run);
            if (result.Failure is { } notebookFailure)
            {
                run.Fail(notebookFailure);
            }
            return result;
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
                run.Finish(log);
            }
            catch (OutputException) when (failure is not null)
            {
                // The run's first failure is the one reported; the manifest, still "running", says it did not finish.
            }
        }
    }

    private static ReproductionResult Steps(string root, ReproductionSettings settings, Func<IReadOnlyList<string>, INotebookRun?> startNotebooks, TextWriter log, RunManifest run)
    {
        var clock = new StageClock();
        var options = settings.Options;
        var studies = clock.Time("load and validate ledgers", () => StudyCatalog.LoadAll(root));
        run.HashData(studies);
        CheckCoverage(studies, settings.SourceFolder, clock, log);
        var respondents = clock.Time("read respondent files", () => studies.Select(RespondentCsv.Read).ToList());
        var checks = clock.Time("checks, with the joint model (CP-SAT)", () => studies.Select(s => ConsistencyChecker.Check(s, options.RuleFor(s))).ToList());
        var analyses = clock.Time("readings, Deedle recomputation", () =>
            studies.Select((s, i) => StudyAnalysis.FromRespondents(s, respondents[i], options, checks[i])).ToList());
        foreach (var analysis in analyses)
        {
            log.WriteLine(SummaryTable.Format(analysis));
        }
        var mismatches = analyses.SelectMany(a => a.Mismatches).ToList();
        var mismatchList = string.Join(", ", mismatches.Select(m => $"{m.StudyId}/{m.Figure.Id}"));
        // Under each study's own rule the respondent rows must reproduce every printed figure; notebooks built on
        // rows that do not would show wrong numbers, so they are not executed (and their earlier copies are removed).
        var notebooksBlocked = mismatches.Count > 0 && options.Rule is null;
        // The notebooks read neither figures.csv nor the report: they run beside the writing of both.
        using var notebooks = notebooksBlocked ? null : Outputs.Write(root, RepositoryLayout.ExecutedNotebooks(root), () => startNotebooks(analyses.Select(a => a.Study.Id).ToList()));
        var report = WriteFiguresAndReport(root, analyses, mismatches.Count, clock, log, run);
        if (settings.Images)
        {
            WriteImages(root, report, clock, log, run);
        }
        if (notebooksBlocked)
        {
            var reason = $"{mismatches.Count} figure(s) do not reproduce from the respondent rows: {mismatchList}";
            run.SkipNotebooks(reason);
            log.WriteLine($"Notebooks not executed: {reason}. figures.csv and report.html say which (column 'reproduces').");
            throw new InvalidOperationException($"Recomputed shares differ from the printed figures: {mismatchList}.");
        }
        if (mismatches.Count > 0)
        {
            log.WriteLine($"Under --rule {RoundingRules.Name(options.Rule!.Value)} (not the studies' own rule), these recomputed shares print differently: {mismatchList}.");
        }
        var executed = notebooks?.Finish();
        if (executed is not null)
        {
            // Wall time from the runners' start to the last one's end, partly spent beside figures.csv and the report.
            clock.Add(executed.Stage, executed.Elapsed);
            foreach (var copy in executed.Written)
            {
                run.Wrote(copy);
            }
        }
        var failure = executed is { Ok: false } ? "A notebook failed; see the error above and its executed copy under artifacts/notebooks/." : null;
        return new ReproductionResult([.. clock.Stages], clock.Total, failure);
    }

    // Each local source text against its ledger, one line per text; a text printing a percentage the ledger misses stops the job.
    private static void CheckCoverage(IReadOnlyList<Study> studies, string sourceFolder, StageClock clock, TextWriter log)
    {
        var coverage = clock.Time("coverage of source texts", () => studies.SelectMany(s => CoverageCheck.Check(s, SourceTextLoader.Load(s, sourceFolder))).ToList());
        foreach (var source in coverage)
        {
            log.WriteLine(source.Summary());
        }
        if (coverage.FirstOrDefault(c => c.Available && !c.Complete) is { } incomplete)
        {
            throw new InvalidOperationException($"A source text prints a percentage the ledger does not account for (or the ledger cites one it does not print): {incomplete.Summary()}");
        }
    }

    private static ReportDocument WriteFiguresAndReport(string root, IReadOnlyList<StudyAnalysis> analyses, int mismatches, StageClock clock, TextWriter log, RunManifest run)
    {
        var output = Path.Combine(RepositoryLayout.Artifacts(root), "figures.csv");
        clock.Time("write figures.csv", () => Outputs.Write(root, output, () => ResultsCsv.Write(analyses, output)));
        run.Wrote(output);
        log.WriteLine($"Wrote {Path.GetRelativePath(root, output)}: {analyses.Sum(a => a.Results.Count)} figures from {analyses.Count} studies; {mismatches} do not reproduce.");
        var reportPath = Path.Combine(RepositoryLayout.Artifacts(root), ReportBuilder.FileName);
        var report = clock.Time("report (charts and HTML)", () => Outputs.Write(root, reportPath, () => ReportBuilder.Write(root, analyses, reportPath)));
        run.Wrote(reportPath);
        log.WriteLine($"Wrote {Path.GetRelativePath(root, reportPath)}: {analyses.Count} studies, {report.Charts.Count} charts (French and English).");
        return report;
    }

    private static void WriteImages(string root, ReportDocument report, StageClock clock, TextWriter log, RunManifest run)
    {
        var figures = Path.Combine(RepositoryLayout.Artifacts(root), "figures");
        log.WriteLine(clock.Time("chart images (Chromium)", () => Outputs.Write(root, figures, () => ChartImages.Export(report.Charts, figures, HeadlessChromium.TryFind(), Path.GetRelativePath(root, figures)))));
        foreach (var image in Directory.Exists(figures) ? Directory.GetFiles(figures, "*", SearchOption.AllDirectories) : [])
        {
            run.Wrote(image);
        }
    }
}
