namespace SurveyFigures.NotebookEngine;

/// <summary>A <c>#r "..."</c> line: a dll path or <c>nuget: Name[, Version]</c>, with its 1-based line in the cell.</summary>
public sealed record ReferenceDirective(string Text, int Line)
{
    private const string NuGetPrefix = "nuget:";

    public bool IsNuGet => Text.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Package name and version (null: any restored version; "*" counts as none).</summary>
    public (string Name, string? Version) Package
    {
        get
        {
            var parts = Text[NuGetPrefix.Length..].Split(',', StringSplitOptions.TrimEntries);
            var version = parts.Length > 1 && parts[1].Length > 0 && !parts[1].StartsWith('*') ? parts[1] : null;
            return (parts[0], version);
        }
    }
}
