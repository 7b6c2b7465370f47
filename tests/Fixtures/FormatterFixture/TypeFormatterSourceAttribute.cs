namespace FormatterFixture;

/// <summary>
/// Convention-based formatter registration: Microsoft.DotNet.Interactive.Formatting looks for an attribute with
/// this name, so a library can offer formatters without referencing the package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; set; } = [];
}
