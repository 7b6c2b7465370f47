using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SurveyFigures.NotebookEngine;

/// <summary>Turns compiler diagnostics and runtime exceptions into a cell line and a readable message.</summary>
internal static class ErrorLocation
{
    /// <summary>Every error with the cell's own line and column (positions are mapped back through the interrupt points).</summary>
    public static CellException FromDiagnostics(IEnumerable<Diagnostic> diagnostics, string code, InterruptPoints points)
    {
        var text = SourceText.From(code);
        var errors = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (Diagnostic: d, Position: text.Lines.GetLinePosition(Math.Min(points.OriginalPosition(d.Location.SourceSpan.Start), text.Length))))
            .ToList();
        var message = string.Join(Environment.NewLine, errors.Select(e =>
            $"({e.Position.Line + 1},{e.Position.Character + 1}): error {e.Diagnostic.Id}: {e.Diagnostic.GetMessage()}"));
        return new CellException("CompilationError", message, errors[0].Position.Line + 1);
    }

    /// <summary>
    /// The exception with its inner exceptions (a type initializer's FileNotFoundException, say) and the cell line.
    /// The error name is the exception's type, so the message does not repeat it; inner exceptions keep theirs.
    /// </summary>
    public static CellException FromException(Exception exception, string cellFile)
    {
        var chain = Chain(exception).ToList();
        var message = string.Join(" ---> ", chain.Select((e, i) => i == 0 ? e.Message.Trim() : $"{e.GetType().FullName}: {e.Message.Trim()}"));
        var line = chain.Select(e => ScriptLine(e, cellFile)).FirstOrDefault(l => l is not null);
        return new CellException(exception.GetType().FullName ?? "Exception", message, line, exception);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    /// <summary>
    /// Beyond this many frames (a runaway recursion stopped by the stack check) the line is not looked up: reading debug
    /// information for every one of hundreds of thousands of frames would take longer than the cell did.
    /// </summary>
    public const int MaxFramesLookedUp = 5_000;

    // The topmost frame in the cell's own code; debug information maps it to the cell's line.
    private static int? ScriptLine(Exception exception, string cellFile) =>
        new StackTrace(exception, fNeedFileInfo: false).FrameCount > MaxFramesLookedUp ? null : new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(f => string.Equals(f.GetFileName(), cellFile, StringComparison.Ordinal) && f.GetFileLineNumber() > 0)
            .Select(f => (int?)f.GetFileLineNumber())
            .FirstOrDefault();
}
