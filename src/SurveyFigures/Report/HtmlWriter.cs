using System.Net;
using System.Text;
using SurveyFigures.Data;

namespace SurveyFigures.Report;

/// <summary>
/// Builds HTML text. Every text that comes from data goes through <see cref="Escape"/>; raw markup is only ever
/// written through <see cref="Raw"/>. Bilingual text is written as two elements, <c>lang="fr"</c> and <c>lang="en"</c>,
/// with the class <see cref="Switched"/> that the page's language switch shows or hides.
/// </summary>
internal sealed class HtmlWriter
{
    public const string Switched = "t";

    private readonly StringBuilder _html = new();

    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Markup written as is: never data text.</summary>
    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text) => Raw(Escape(text));

    public HtmlWriter Line() => Raw("\n");

    /// <summary>An opening tag; <paramref name="attributes"/> values are escaped, null values are left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
            }
        }
        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag) => Raw($"</{tag}>");

    /// <summary>An element holding escaped text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>
    /// A link to a source's public address: only an address <see cref="WebAddress"/> accepts becomes a link (a study
    /// built in code skips the check at load), and the page it opens gets neither this window nor its address.
    /// </summary>
    public HtmlWriter Link(string text, string address) => WebAddress.IsValid(address)
        ? Element("a", text, ("href", address), ("rel", "noopener noreferrer"))
        : Text(text);

    /// <summary>The same element twice, French then English, each with its <c>lang</c> and the switched class.</summary>
    public HtmlWriter Both(string tag, LocalizedText text, string? cssClass = null) =>
        Both(tag, language => Escape(text.In(language)), cssClass);

    /// <summary>
    /// The same element twice, French then English, holding the markup <paramref name="inner"/> gives for each language
    /// (which must escape its own data text).
    /// </summary>
    public HtmlWriter Both(string tag, Func<Language, string> inner, string? cssClass = null)
    {
        foreach (var language in Languages)
        {
            Open(tag, ("class", cssClass is null ? Switched : $"{Switched} {cssClass}"), ("lang", Code(language))).Raw(inner(language)).Close(tag);
        }
        return this;
    }

    /// <summary>Both languages of a short text as two spans: the usual form inside a cell or a sentence.</summary>
    public HtmlWriter Spans(LocalizedText text) => Both("span", text);

    /// <summary>Two spans of the text <paramref name="text"/> gives in each language (escaped here): a value formatted per language.</summary>
    public HtmlWriter Spans(Func<Language, string> text, string? cssClass = null) => Both("span", language => Escape(text(language)), cssClass);

    public static IReadOnlyList<Language> Languages { get; } = [Language.Fr, Language.En];

    public static string Code(Language language) => language == Language.Fr ? "fr" : "en";

    public override string ToString() => _html.ToString();
}
