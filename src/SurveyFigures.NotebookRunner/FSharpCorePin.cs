namespace SurveyFigures.NotebookRunner;

/// <summary>
/// The Polyglot kernel carries FSharp.Core 10.0 in its default load context. Loading our referenced
/// copy (10.0.111) at startup makes any later request for FSharp.Core 10.1 fail here exactly as it does there.
/// </summary>
internal static class FSharpCorePin
{
    public static Version Load() => typeof(Microsoft.FSharp.Core.Unit).Assembly.GetName().Version!;
}
