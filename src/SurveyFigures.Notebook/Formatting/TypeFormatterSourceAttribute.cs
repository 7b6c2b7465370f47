namespace SurveyFigures.Notebook.Formatting;

/// <summary>
/// Marks a type as displayed by a formatter source. .NET Interactive finds formatters by convention
/// (an attribute of this name, with these properties), so the facade needs no package reference to
/// the kernel; our headless runner discovers it the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types a display of the type produces, richest first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
