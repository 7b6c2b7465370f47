using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace SurveyFigures.NotebookRunner;

/// <summary>Turns compiler diagnostics and runtime exceptions into a cell line and a readable message.</summary>
internal static class ErrorLocation
{
    public static CellException FromDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var first = errors[0];
        var message = string.Join(Environment.NewLine, errors.Select(d =>
            $"({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage()}"));
        return new CellException("CompilationError", message, first.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    /// <summary>The exception with its inner exceptions (a type initializer's FileNotFoundException, say) and the cell line.</summary>
    public static CellException FromException(Exception exception, string cellFile)
    {
        var chain = Chain(exception).ToList();
        var message = string.Join(" ---> ", chain.Select(e => $"{e.GetType().FullName}: {e.Message.Trim()}"));
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

    // The topmost frame in the cell's own code; debug information maps it to the cell's line.
    private static int? ScriptLine(Exception exception, string cellFile) =>
        new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(f => string.Equals(f.GetFileName(), cellFile, StringComparison.Ordinal) && f.GetFileLineNumber() > 0)
            .Select(f => (int?)f.GetFileLineNumber())
            .FirstOrDefault();
}
