namespace SurveyFigures.NotebookEngine;

/// <summary>
/// A C# cell split into code for Roslyn and the directives the kernel handles itself (<c>#r</c>, <c>#i</c>,
/// <c>#!csharp</c>). Directive lines become blank lines so compiler and stack-trace line numbers stay the cell's.
/// </summary>
public sealed record CellSource(string Code, IReadOnlyList<ReferenceDirective> References)
{
    private static readonly string[] CSharpMagics = ["#!csharp", "#!c#", "#!C#"];

    public static CellSource Parse(string source)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var references = new List<ReferenceDirective>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = line.Split(' ', 2)[0];
                if (!CSharpMagics.Contains(magic, StringComparer.Ordinal))
                {
                    throw new CellException("UnsupportedMagicCommand",
                        $"Magic command '{magic}' is not supported here: this engine (headless runner and Jupyter kernel) runs C# cells only " +
                        "(a cell may start with '#!csharp'; other kernels and magics such as #!time are refused).", i + 1);
                }
                lines[i] = "";
            }
            else if (line.StartsWith("#r ", StringComparison.Ordinal) || line.StartsWith("#r\"", StringComparison.Ordinal))
            {
                references.Add(new ReferenceDirective(Quoted(line, i + 1), i + 1));
                lines[i] = "";
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal))
            {
                // Package sources: the runner only uses packages this solution already restored.
                lines[i] = "";
            }
        }
        return new CellSource(string.Join('\n', lines), references);
    }

    private static string Quoted(string directive, int line)
    {
        var open = directive.IndexOf('"');
        var close = directive.LastIndexOf('"');
        if (open < 0 || close <= open)
        {
            throw new CellException("InvalidReference", $"Malformed reference '{directive}': expected #r \"path.dll\" or #r \"nuget: Name, Version\".", line);
        }
        return directive[(open + 1)..close].Trim();
    }
}
