using System.Diagnostics.CodeAnalysis;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Members a C# cell sees without qualification, as in the Polyglot kernel: <c>display(value, mimeTypes)</c>.
/// Public because Roslyn scripts bind to the globals type from their own assembly.
/// </summary>
public sealed class KernelGlobals
{
    /// <summary>The running cell's output; a task the cell started keeps its own cell's output (see <see cref="ConsoleRouter"/>).</summary>
    internal ICellOutput? Outputs { get; set; }

    /// <summary>Shows a value as a display_data output, formatted for the given mime types or the type's preferred ones.</summary>
    [SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The kernel's name, used verbatim by notebooks.")]
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        var output = ConsoleRouter.Output ?? Outputs
            ?? throw new InvalidOperationException("display() was called outside a running cell.");
        return new DisplayedValue(output.Display(DisplayFormatter.Format(value, mimeTypes)), mimeTypes);
    }
}

/// <summary>The handle <c>display</c> returns; <see cref="Update"/> replaces what that output shows.</summary>
public sealed class DisplayedValue
{
    private readonly IDisplayHandle output;
    private readonly string[] mimeTypes;

    internal DisplayedValue(IDisplayHandle output, string[] mimeTypes)
    {
        this.output = output;
        this.mimeTypes = mimeTypes;
    }

    public void Update(object? value) => output.Update(DisplayFormatter.Format(value, mimeTypes));
}
