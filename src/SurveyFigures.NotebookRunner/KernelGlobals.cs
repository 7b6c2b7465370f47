using System.Diagnostics.CodeAnalysis;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// Members a C# cell sees without qualification, as in the Polyglot kernel: <c>display(value, mimeTypes)</c>.
/// Public because Roslyn scripts bind to the globals type from their own assembly.
/// </summary>
public sealed class KernelGlobals
{
    internal OutputCollector Outputs { get; set; } = new();

    /// <summary>Shows a value as a display_data output, formatted for the given mime types or the type's preferred ones.</summary>
    [SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The kernel's name, used verbatim by notebooks.")]
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        var output = Outputs.Display(DisplayFormatter.Format(value, mimeTypes));
        return new DisplayedValue(output, mimeTypes);
    }
}

/// <summary>The handle <c>display</c> returns; <see cref="Update"/> replaces what that output shows.</summary>
public sealed class DisplayedValue
{
    private readonly DisplayOutput output;
    private readonly string[] mimeTypes;

    internal DisplayedValue(DisplayOutput output, string[] mimeTypes)
    {
        this.output = output;
        this.mimeTypes = mimeTypes;
    }

    public void Update(object? value) => output.Data = DisplayFormatter.Format(value, mimeTypes);
}
