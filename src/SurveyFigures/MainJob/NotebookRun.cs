namespace SurveyFigures.MainJob;

/// <summary>
/// Notebooks being executed for the main job. The runner is a program of its own (it pins another FSharp.Core) that this
/// library does not reference, so the caller starts it and hands the run in. Disposing without <see cref="Finish"/>
/// (the job failed meanwhile) still waits for it: nothing is left running or half-written when the job returns.
/// </summary>
public interface INotebookRun : IDisposable
{
    /// <summary>Waits for every notebook and prints their output in notebook order.</summary>
    NotebookOutcome Finish();
}

/// <summary>
/// Whether every notebook ran, the executed copies written (a failed notebook's copy shows its error), and the stage's
/// name and wall time for the job's timing.
/// </summary>
public sealed record NotebookOutcome(bool Ok, IReadOnlyList<string> Written, string Stage, TimeSpan Elapsed);
