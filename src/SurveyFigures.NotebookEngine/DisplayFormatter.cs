using Microsoft.DotNet.Interactive.Formatting;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Formats a displayed value through Microsoft.DotNet.Interactive.Formatting, as the kernel does: the mime types
/// asked for, else the type's preferred ones (e.g. from a convention-based TypeFormatterSourceAttribute), else the
/// default (text/html); text/plain is always added so any reader has a fallback.
/// </summary>
public static class DisplayFormatter
{
    public const string PlainText = "text/plain";

    public static MimeBundle Format(object? value, IReadOnlyCollection<string> mimeTypes)
    {
        var mimes = mimeTypes.Count > 0 ? mimeTypes.ToList() : Preferred(value);
        if (!mimes.Contains(PlainText))
        {
            mimes.Add(PlainText);
        }
        return new MimeBundle(mimes.Distinct()
            .Select(mime => KeyValuePair.Create(mime, value.ToDisplayString(mime)))
            .ToList());
    }

    private static List<string> Preferred(object? value)
    {
        var preferred = value is null ? [] : Formatter.GetPreferredMimeTypesFor(value.GetType()).ToList();
        return preferred.Count > 0 ? preferred : [Formatter.DefaultMimeType];
    }
}
