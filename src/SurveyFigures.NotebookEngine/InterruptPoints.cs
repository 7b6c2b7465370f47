using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Inserts <c>CellInterrupt.Check()</c> at the top of every loop body and every block body of a method, local
/// function, lambda or accessor, so a busy loop or a runaway recursion can be interrupted. Insertions never add a
/// line break: compiler and stack-trace line numbers stay the cell's, and <see cref="OriginalPosition"/> maps a
/// position in the instrumented text back to the cell's own column. Code with syntax errors is left untouched so
/// the compiler reports the cell's own text.
/// </summary>
public sealed class InterruptPoints
{
    private const string Call = "global::SurveyFigures.NotebookEngine.CellInterrupt.Check();";

    private readonly List<(int Position, int Length)> inserts;

    private InterruptPoints(string code, List<(int Position, int Length)> inserts)
    {
        Code = code;
        this.inserts = inserts;
    }

    /// <summary>The instrumented code.</summary>
    public string Code { get; }

    public static InterruptPoints Insert(string code, CSharpParseOptions options)
    {
        var tree = CSharpSyntaxTree.ParseText(code, options);
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new InterruptPoints(code, []);
        }
        var edits = new List<(int Position, string Text)>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case WhileStatementSyntax s: AddBody(edits, s.Statement); break;
                case DoStatementSyntax s: AddBody(edits, s.Statement); break;
                case ForStatementSyntax s: AddBody(edits, s.Statement); break;
                case CommonForEachStatementSyntax s: AddBody(edits, s.Statement); break;
                case BaseMethodDeclarationSyntax { Body: { } body }: AddBlock(edits, body); break;
                case LocalFunctionStatementSyntax { Body: { } body }: AddBlock(edits, body); break;
                case AnonymousFunctionExpressionSyntax { Block: { } body }: AddBlock(edits, body); break;
                case AccessorDeclarationSyntax { Body: { } body }: AddBlock(edits, body); break;
            }
        }
        // Apply from the end so earlier positions stay valid; record each insert in instrumented coordinates.
        var text = code;
        foreach (var (position, insert) in edits.OrderByDescending(e => e.Position))
        {
            text = text.Insert(position, insert);
        }
        var shifted = new List<(int Position, int Length)>();
        var offset = 0;
        foreach (var (position, insert) in edits.OrderBy(e => e.Position))
        {
            shifted.Add((position + offset, insert.Length));
            offset += insert.Length;
        }
        return new InterruptPoints(text, shifted);
    }

    /// <summary>The position in the cell's own code of a position in <see cref="Code"/>.</summary>
    public int OriginalPosition(int position)
    {
        var original = position;
        foreach (var (start, length) in inserts)
        {
            if (start >= position)
            {
                break;
            }
            original -= Math.Min(length, position - start);
        }
        return original;
    }

    private static void AddBody(List<(int, string)> edits, StatementSyntax body)
    {
        if (body is BlockSyntax block)
        {
            AddBlock(edits, block);
            return;
        }
        // A single embedded statement becomes a block holding the check and the statement.
        edits.Add((body.SpanStart, "{" + Call));
        edits.Add((body.Span.End, "}"));
    }

    private static void AddBlock(List<(int, string)> edits, BlockSyntax block) =>
        edits.Add((block.OpenBraceToken.Span.End, Call));
}
