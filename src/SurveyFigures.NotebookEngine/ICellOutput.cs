namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Where a cell's outputs go: the headless runner collects them into the executed notebook, the Jupyter kernel
/// publishes them on iopub. Implementations must be thread-safe: cells may write from tasks and threads.
/// </summary>
public interface ICellOutput
{
    /// <summary>Console text written to stdout or stderr.</summary>
    void Stream(string name, string text);

    /// <summary>A displayed value; the handle lets <c>DisplayedValue.Update</c> replace what it shows.</summary>
    IDisplayHandle Display(MimeBundle data);

    /// <summary>The cell's value (its last expression without a semicolon).</summary>
    void Result(int executionCount, MimeBundle data);

    /// <summary>The error that ended the cell.</summary>
    void Error(CellError error);

    /// <summary>A line from the user, for <c>Console.ReadLine</c>; throws <see cref="InvalidOperationException"/> where no user can answer.</summary>
    string ReadLine(string prompt, CancellationToken cancellation);
}

/// <summary>An output that a later <c>Update</c> replaces in place.</summary>
public interface IDisplayHandle
{
    void Update(MimeBundle data);
}

/// <summary>
/// Why a cell stopped: a short error name, the message, the cell line when known (1-based), and a traceback
/// whose first line names that line.
/// </summary>
public sealed record CellError(string Name, string Value, int? Line, IReadOnlyList<string> Traceback);
