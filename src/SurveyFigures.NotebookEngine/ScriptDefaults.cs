using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace SurveyFigures.NotebookEngine;

/// <summary>The script options every notebook starts from: the C# kernel's default usings and references.</summary>
public static class ScriptDefaults
{
    public static readonly string[] Imports =
    [
        "System",
        "System.Collections",
        "System.Collections.Generic",
        "System.IO",
        "System.Linq",
        "System.Text",
        "System.Threading.Tasks",
        "Microsoft.DotNet.Interactive.Formatting",
    ];

    private static readonly string[] FrameworkReferences =
    [
        "netstandard", "System.Runtime", "System.Collections", "System.Console", "System.Linq",
        "System.Linq.Expressions", "System.Net.Http", "System.Text.Json", "System.Text.RegularExpressions",
        "System.ComponentModel.Primitives", "System.Private.Uri", "Microsoft.CSharp",
    ];

    public static ScriptOptions Create(KernelAssemblyLoader loader) =>
        ScriptOptions.Default
            .WithMetadataResolver(new CachingMetadataResolver(ScriptOptions.Default.MetadataResolver))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(Imports)
            .AddReferences(FrameworkReferences.Select(loader.Framework).OfType<MetadataReference>())
            .AddReferences(KernelAssemblyLoader.Reference(typeof(Formatter).Assembly.Location))
            // The engine itself: cells call CellInterrupt.Check() at their interrupt points.
            .AddReferences(KernelAssemblyLoader.Reference(typeof(CellInterrupt).Assembly.Location))
            // Debug information with an encoding gives runtime stack traces a cell line number.
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
}
