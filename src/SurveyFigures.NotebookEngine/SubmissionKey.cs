using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Scripting;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// What a compiled submission depends on, hashed (SHA-256, hex): the previous submission's key (so every earlier
/// cell's code, options and references), the submission's number in its session, the cell's code and file path (its
/// debug information names it), the script options (imports, language, debug information, encoding) and the identity
/// of every reference (path, size and time of the file it was read from). The engine's, Roslyn's and the runtime's
/// own assemblies are part of every key: a new build of any of them (the interrupt points, the defaults) recompiles.
/// </summary>
internal static class SubmissionKey
{
    private static readonly string Environment = string.Join("\n",
        Identity(typeof(SubmissionKey).Assembly),
        Identity(typeof(CSharpCompilation).Assembly),
        Identity(typeof(Compilation).Assembly),
        Identity(typeof(ScriptOptions).Assembly),
        Identity(typeof(object).Assembly),
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);

    public static string For(string? previous, int id, string code, ScriptOptions options)
    {
        var text = new StringBuilder()
            .Append("surveyfigures-submission 1\n").Append(Environment).Append('\n')
            .Append("previous ").Append(previous ?? "-").Append('\n')
            .Append("id ").Append(id).Append('\n')
            .Append("file ").Append(options.FilePath).Append('\n')
            .Append("imports ").AppendJoin(';', options.Imports).Append('\n')
            .Append("options ").Append(options.OptimizationLevel).Append(' ').Append(options.CheckOverflow).Append(' ')
            .Append(options.AllowUnsafe).Append(' ').Append(options.WarningLevel).Append(' ')
            .Append(options.EmitDebugInformation).Append(' ').Append(options.FileEncoding?.WebName).Append(' ')
            .Append(NotebookSession.ParseOptions.LanguageVersion).Append('\n');
        foreach (var reference in options.MetadataReferences)
        {
            text.Append("reference ").Append(Reference(reference)).Append('\n');
        }
        text.Append("code ").Append(code.Length).Append('\n').Append(code);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Reference(MetadataReference reference)
    {
        var properties = $"{reference.Properties.Kind} {string.Join(',', reference.Properties.Aliases)} {reference.Properties.EmbedInteropTypes}";
        return reference switch
        {
            UnresolvedMetadataReference unresolved => $"name {unresolved.Reference} {properties}",
            PortableExecutableReference file => $"file {File(file.FilePath ?? file.Display)} {properties}",
            _ => $"{reference.GetType().FullName} {reference.Display} {properties}",
        };
    }

    // Path, size and last write time: a rebuilt library (or a new package version) is a different reference.
    private static string File(string? path)
    {
        if (path is null)
        {
            return "?";
        }
        var info = new FileInfo(path);
        return info.Exists ? $"{info.FullName} {info.Length} {info.LastWriteTimeUtc.Ticks}" : $"{path} missing";
    }

    private static string Identity(Assembly assembly) =>
        $"{assembly.FullName} {assembly.ManifestModule.ModuleVersionId}";
}
