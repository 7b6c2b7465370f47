using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Whether a cell's text is ready to run, as a console frontend asks before sending it: Roslyn's own
/// complete-submission check on the cell's C# (directives handled as the engine handles them).
/// </summary>
public static class CellCompleteness
{
    /// <summary>"complete", "incomplete" (an open brace, say) or "invalid" (a refused magic, a syntax error).</summary>
    public static string Check(string source)
    {
        CellSource cell;
        try
        {
            cell = CellSource.Parse(source);
        }
        catch (CellException)
        {
            return "invalid";
        }
        var tree = CSharpSyntaxTree.ParseText(cell.Code, NotebookSession.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return "incomplete";
        }
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? "invalid" : "complete";
    }
}
