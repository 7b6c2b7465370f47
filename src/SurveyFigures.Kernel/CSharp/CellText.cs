using SurveyFigures.NotebookEngine;

namespace SurveyFigures.Kernel.CSharp;

/// <summary>
/// A cell's text as Roslyn sees it (directive lines blanked by the engine) with a cursor mapped into it. Lines keep
/// their numbers and every other line its text, so a position maps by line and column, both ways.
/// </summary>
internal sealed record CellText(string Code, int Position, string Original)
{
    /// <summary>The mapped cell, or null when the cursor sits on a directive line (or the cell cannot be parsed).</summary>
    public static CellText? Map(string original, int position)
    {
        string code;
        try
        {
            code = CellSource.Parse(original).Code;
        }
        catch (CellException)
        {
            return null;
        }
        var (line, column) = LineColumn(original.Replace("\r\n", "\n"), Math.Min(position, original.Length));
        var lines = code.Split('\n');
        if (line >= lines.Length || lines[line].Length == 0 && column > 0)
        {
            return null;
        }
        return new CellText(code, Offset(lines, line) + Math.Min(column, lines[line].Length), original);
    }

    /// <summary>A position in <see cref="Code"/> as a position in the original text.</summary>
    public int ToOriginal(int position)
    {
        var (line, column) = LineColumn(Code, position);
        var lines = Original.Replace("\r\n", "\n").Split('\n');
        return Offset(lines, line) + column;
    }

    private static (int Line, int Column) LineColumn(string text, int position)
    {
        var line = 0;
        var start = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                start = i + 1;
            }
        }
        return (line, position - start);
    }

    private static int Offset(string[] lines, int line) => lines.Take(line).Sum(l => l.Length + 1);
}
