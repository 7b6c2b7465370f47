using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using SurveyFigures.Kernel.Protocol;
using SurveyFigures.NotebookEngine;
using CompletionList = SurveyFigures.Kernel.Protocol.CompletionList;

namespace SurveyFigures.Kernel.CSharp;

/// <summary>
/// Roslyn's editor services over the session: each submission that ran is a submission project referencing the
/// previous one (as Roslyn's interactive window does), and the text being edited is a last, working project.
/// Completion and inspection therefore see every variable, type and reference the cells so far have defined.
/// Built on first use (loading the MEF host takes a moment) and extended as cells run.
/// </summary>
internal sealed class SubmissionWorkspace(NotebookSession session)
{
    private static readonly Lazy<MetadataReference> CoreLibrary = new(() => KernelAssemblyLoader.Reference(typeof(object).Assembly.Location));

    private readonly List<ProjectId> submissions = [];
    private AdhocWorkspace? workspace;
    private ProjectId? working;

    public CompletionList Complete(string code, int position)
    {
        if (CellText.Map(code, position) is not { } cell)
        {
            return new CompletionList(position, position, []);
        }
        var document = Working(cell.Code);
        var service = CompletionService.GetService(document);
        var completions = service?.GetCompletionsAsync(document, cell.Position).GetAwaiter().GetResult();
        if (completions is null)
        {
            return new CompletionList(position, position, []);
        }
        var span = completions.Span;
        var typed = cell.Code[span.Start..Math.Max(span.Start, cell.Position)];
        var matches = completions.ItemsList
            .Where(i => i.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(i => (i.DisplayText, Kind(i.Tags)))
            .Distinct()
            .ToList();
        return new CompletionList(cell.ToOriginal(span.Start), cell.ToOriginal(span.End), matches);
    }

    public JsonObject? Inspect(string code, int position)
    {
        if (CellText.Map(code, position) is not { } cell)
        {
            return null;
        }
        var document = Working(cell.Code);
        var symbol = SymbolFinder.FindSymbolAtPositionAsync(document, cell.Position).GetAwaiter().GetResult()
            ?? (cell.Position > 0 ? SymbolFinder.FindSymbolAtPositionAsync(document, cell.Position - 1).GetAwaiter().GetResult() : null);
        if (symbol is null)
        {
            return null;
        }
        var signature = Signature(symbol);
        var kind = symbol.Kind.ToString().ToLowerInvariant();
        var where = symbol.ContainingType is { IsScriptClass: true } ? " declared in a cell"
            : symbol.ContainingAssembly is { } assembly ? $" in {assembly.Identity.Name} {assembly.Identity.Version}" : "";
        return new JsonObject
        {
            ["text/plain"] = $"{signature}\n({kind}{where})",
            ["text/markdown"] = $"```csharp\n{signature}\n```\n{kind}{where}",
        };
    }

    // Variables and members with their type ("int answer"), methods with their parameters, types by full name.
    private static string Signature(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => $"{local.Type.ToDisplayString()} {local.Name}",
        IFieldSymbol field => $"{field.Type.ToDisplayString()} {field.Name}",
        IParameterSymbol parameter => $"{parameter.Type.ToDisplayString()} {parameter.Name}",
        IPropertySymbol property => $"{property.Type.ToDisplayString()} {property.ContainingType.ToDisplayString()}.{property.Name}",
        _ => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
    };

    private Document Working(string code)
    {
        workspace ??= new AdhocWorkspace(MefHostServices.DefaultHost);
        var solution = workspace.CurrentSolution;
        if (working is not null)
        {
            solution = solution.RemoveProject(working);
        }
        // A script compilation gets the core library implicitly; a workspace project must be given it.
        var references = session.CompilationFor("").References.Append(CoreLibrary.Value).Distinct().ToList();
        var ran = session.Submissions;
        while (submissions.Count < ran.Count)
        {
            var (next, id) = AddSubmission(solution, ran[submissions.Count], references);
            solution = next;
            submissions.Add(id);
        }
        (solution, working) = AddSubmission(solution, code, references);
        workspace.TryApplyChanges(solution);
        return workspace.CurrentSolution.GetProject(working)!.Documents.Single();
    }

    private (Solution, ProjectId) AddSubmission(Solution solution, string code, IReadOnlyList<MetadataReference> references)
    {
        var id = ProjectId.CreateNewId();
        var name = $"Submission{submissions.Count + 1}";
        var previous = submissions.Count > 0 ? [new ProjectReference(submissions[^1])] : ImmutableArray<ProjectReference>.Empty;
        var project = ProjectInfo.Create(
            id, VersionStamp.Create(), name, name, LanguageNames.CSharp,
            isSubmission: true,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: session.Options.Imports),
            parseOptions: NotebookSession.ParseOptions,
            metadataReferences: references,
            projectReferences: previous,
            hostObjectType: typeof(KernelGlobals));
        solution = solution.AddProject(project)
            .AddDocument(DocumentId.CreateNewId(id), name + ".csx", SourceText.From(code), filePath: null);
        return (solution, id);
    }

    // Roslyn's completion tags ("Method", "Class", "Keyword"...) as Jupyter's lower-case type names.
    private static string Kind(ImmutableArray<string> tags) =>
        tags.FirstOrDefault(t => t is not ("Public" or "Private" or "Protected" or "Internal")) is { } tag
            ? tag.ToLowerInvariant()
            : "text";
}
