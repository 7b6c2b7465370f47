using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// The Polyglot C# kernel rejects a top-level <c>using var x = ...;</c> (a cell never ends, so nothing would
/// dispose it). The script parser only reports a confusing syntax error for it (it reads a using directive), so
/// the cell is parsed as a regular top-level program, where the declaration is recognised, to say so clearly.
/// </summary>
internal static class UsingDeclarationCheck
{
    public static void Verify(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Regular));
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var declaration = root.Members
            .OfType<GlobalStatementSyntax>()
            .Select(g => g.Statement)
            .OfType<LocalDeclarationStatementSyntax>()
            .FirstOrDefault(d => d.UsingKeyword.IsKind(SyntaxKind.UsingKeyword));
        if (declaration is not null)
        {
            var line = declaration.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            throw new CellException("UnsupportedUsingDeclaration",
                "A top-level 'using' declaration ('using var x = ...;') is not supported in a notebook cell, as in the " +
                "Polyglot C# kernel: use a 'using (...) { }' block or dispose the value explicitly.", line);
        }
    }
}
