using System.Net;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>HTML escaping in one place: every text that comes from data files goes through it.</summary>
internal static class Html
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");
}
