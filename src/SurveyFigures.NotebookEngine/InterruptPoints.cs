using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Inserts <c>CellInterrupt.Check()</c> at the top of every loop body, and <c>CellInterrupt.CheckCall()</c> (the same,
/// plus a check of the stack left) at the top of every block body of a method, local function, lambda or accessor and
/// in the expression body of a method, local function or property (one giving no value, an async one, a ref return or
/// a throw becomes a block), so a busy loop can be interrupted and a runaway recursion becomes an error instead of a
/// stack overflow. Insertions never add a
/// line break: compiler and stack-trace line numbers stay the cell's, and <see cref="OriginalPosition"/> maps a
/// position in the instrumented text back to the cell's own column. Code with syntax errors is left untouched so
/// the compiler reports the cell's own text.
/// </summary>
public sealed class InterruptPoints
{
    private const string Call = "global::SurveyFigures.NotebookEngine.CellInterrupt.Check();";
    private const string CallCheck = "global::SurveyFigures.NotebookEngine.CellInterrupt.CheckCall();";
    private const string ExpressionCheck = "global::SurveyFigures.NotebookEngine.CellInterrupt.Call() ? (";

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
        var edits = new List<(int Position, int Remove, string Text)>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case WhileStatementSyntax s: AddBody(edits, s.Statement); break;
                case DoStatementSyntax s: AddBody(edits, s.Statement); break;
                case ForStatementSyntax s: AddBody(edits, s.Statement); break;
                case CommonForEachStatementSyntax s: AddBody(edits, s.Statement); break;
                case BaseMethodDeclarationSyntax { Body: { } body }: AddBlock(edits, body, CallCheck); break;
                case LocalFunctionStatementSyntax { Body: { } body }: AddBlock(edits, body, CallCheck); break;
                case AnonymousFunctionExpressionSyntax { Block: { } body }: AddBlock(edits, body, CallCheck); break;
                case AccessorDeclarationSyntax { Body: { } body }: AddBlock(edits, body, CallCheck); break;
                case MethodDeclarationSyntax { ExpressionBody: { } arrow } m: AddExpression(edits, arrow, m.SemicolonToken, m.ReturnType, m.Modifiers); break;
                case LocalFunctionStatementSyntax { ExpressionBody: { } arrow } f: AddExpression(edits, arrow, f.SemicolonToken, f.ReturnType, f.Modifiers); break;
                case PropertyDeclarationSyntax { ExpressionBody: { } arrow } p: AddExpression(edits, arrow, p.SemicolonToken, p.Type, p.Modifiers); break;
            }
        }
        // Apply from the end so earlier positions stay valid; record each insert in instrumented coordinates.
        var text = code;
        foreach (var (position, remove, insert) in edits.OrderByDescending(e => e.Position))
        {
            text = text.Remove(position, remove).Insert(position, insert);
        }
        // Every edit lengthens the text (a replaced "=>" becomes a longer "{ check "), so each is a shift forward.
        var shifted = new List<(int Position, int Length)>();
        var offset = 0;
        foreach (var (position, remove, insert) in edits.OrderBy(e => e.Position))
        {
            shifted.Add((position + offset, insert.Length - remove));
            offset += insert.Length - remove;
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

    private static void AddBody(List<(int, int, string)> edits, StatementSyntax body)
    {
        if (body is BlockSyntax block)
        {
            AddBlock(edits, block);
            return;
        }
        // A single embedded statement becomes a block holding the check and the statement.
        edits.Add((body.SpanStart, 0, "{" + Call));
        edits.Add((body.Span.End, 0, "}"));
    }

    private static void AddBlock(List<(int, int, string)> edits, BlockSyntax block, string call = Call) =>
        edits.Add((block.OpenBraceToken.Span.End, 0, call));

    // `=> expr` becomes `=> Call() ? (expr) : default(T)`, which keeps expr's type and conversions. A body with no value
    // to give that way (void, async, a ref return, a throw, a type written over lines) becomes a block instead:
    // `=> expr;` turns into `{ CheckCall(); expr; }`, or `{ CheckCall(); return expr; }` for an async Task<T> or a ref return.
    private static void AddExpression(List<(int, int, string)> edits, ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, TypeSyntax returnType, SyntaxTokenList modifiers)
    {
        var isVoid = returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };
        var isAsync = modifiers.Any(SyntaxKind.AsyncKeyword);
        if (!isVoid && !isAsync && returnType is not RefTypeSyntax && arrow.Expression is not ThrowExpressionSyntax && !returnType.ToString().Contains('\n'))
        {
            edits.Add((arrow.Expression.SpanStart, 0, ExpressionCheck));
            edits.Add((arrow.Expression.Span.End, 0, $") : default({returnType})"));
            return;
        }
        if (semicolon.IsMissing || semicolon.Span.Length == 0)
        {
            return;
        }
        var gives = arrow.Expression is not ThrowExpressionSyntax && (returnType is RefTypeSyntax || (!isVoid && (!isAsync || returnType is GenericNameSyntax or QualifiedNameSyntax { Right: GenericNameSyntax })));
        edits.Add((arrow.ArrowToken.SpanStart, arrow.ArrowToken.Span.Length, "{" + CallCheck + (gives ? "return " : "")));
        edits.Add((semicolon.Span.End, 0, "}"));
    }
}
