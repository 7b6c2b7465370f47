using System.Text.RegularExpressions;

namespace SurveyFigures.Data;

/// <summary>The form of every id the data files define (figures, themes, series): lower-case words joined by '.' or '-'.</summary>
internal static partial class Ids
{
    [GeneratedRegex("^[a-z0-9]+(?:[.-][a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);
}
