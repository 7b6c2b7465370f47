using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using SurveyFigures.Kernel.Protocol;
using SurveyFigures.NotebookEngine;

namespace SurveyFigures.Kernel.CSharp;

/// <summary>C# behind the Jupyter server: one notebook-engine session, plus completion and inspection over its submissions.</summary>
internal sealed class CSharpInterpreter(NotebookSession session) : IInterpreter
{
    private readonly SubmissionWorkspace workspace = new(session);

    public KernelIdentity Identity { get; } = CreateIdentity();

    public ExecutionError? Execute(string code, int executionCount, IRequestContext context)
    {
        var output = new IopubCellOutput(context);
        var error = session.Execute(code, executionCount.ToString(CultureInfo.InvariantCulture), executionCount, output);
        output.Flush();
        return error is null ? null : new ExecutionError(error.Name, error.Value, error.Traceback);
    }

    public (string Status, string Indent) IsComplete(string code)
    {
        var status = CellCompleteness.Check(code);
        return (status, status == "incomplete" ? "    " : "");
    }

    public CompletionList Complete(string code, int position) => workspace.Complete(code, position);

    public JsonObject? Inspect(string code, int position, int detailLevel) => workspace.Inspect(code, position);

    public void Interrupt() => session.Interrupt();

    private static KernelIdentity CreateIdentity()
    {
        var version = typeof(CSharpInterpreter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
        var csharp = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();
        var languageInfo = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = csharp,
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        };
        var banner = $"C# {csharp} on .NET {Environment.Version} (Roslyn scripting), SurveyFigures notebook kernel {version}";
        return new KernelIdentity("surveyfigures-csharp", version, languageInfo, banner);
    }
}
