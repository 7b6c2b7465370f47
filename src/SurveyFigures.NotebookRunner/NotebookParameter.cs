using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// A value given on the command line for a notebook variable (papermill's <c>-p</c>). As papermill does, "true" and
/// "false" become booleans and whole numbers integers; anything else is a string, written as an escaped C# literal, so
/// a value is never code.
/// </summary>
internal sealed record NotebookParameter(string Name, string Value)
{
    public static bool IsValidName(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    /// <summary>The statement that sets it: <c>var studyId = "pulselife-barometer-2026";</c>.</summary>
    public string Statement => $"var {Name} = {Literal};";

    private string Literal => Value switch
    {
        "true" or "false" => Value,
        _ when int.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => SymbolDisplay.FormatLiteral(Value, quote: true),
    };
}
