using System.Text;
using SurveyFigures.Data;

namespace SurveyFigures.Charts;

/// <summary>The footer of every chart: where the figures were published, and what the respondent rows are.</summary>
internal static class ChartFooter
{
    private const int LineWidth = 140;

    /// <summary>
    /// The footer lines for one or more studies: their sources (only those the primary versions of <paramref name="figures"/>
    /// cite, when given: a chart draws those), then the nature of the respondent data.
    /// </summary>
    public static IReadOnlyList<string> Lines(IEnumerable<StudyMetadata> studies, Language language, IEnumerable<Figure>? figures = null)
    {
        var list = studies.ToList();
        var cited = figures?.SelectMany(f => f.Primary.Documents).ToHashSet(StringComparer.Ordinal);
        var sources = list.SelectMany(s => s.Sources).Where(s => cited is null || cited.Contains(s.Id))
            .Select(s => $"{s.TitleIn(language)} — {s.Publisher}, {PartialDate.Parse(s.Published).Format(language)}").Distinct(StringComparer.Ordinal).ToList();
        var lines = new List<string>();
        if (sources.Count > 0)
        {
            var word = (sources.Count > 1 ? ChartText.Sources : ChartText.Source).In(language);
            lines.AddRange(ChartLayout.WrapFooter($"{word}{(language == Language.Fr ? " : " : ": ")}{string.Join(ChartText.ListSeparator(language), sources)}"));
        }
        if (list.Any(s => s.Respondents.Synthetic))
        {
            lines.AddRange(ChartLayout.WrapFooter(ChartText.Synthetic.In(language)));
        }
        else
        {
            lines.AddRange(ChartLayout.WrapFooter(ChartText.RealData.In(language)));
        }
        return lines;
    }

    public static IReadOnlyList<string> Lines(StudyMetadata study, Language language, IEnumerable<Figure>? figures = null) => Lines([study], language, figures);

    /// <summary>Breaks text at spaces into lines of at most about <see cref="LineWidth"/> characters (plotly does not wrap).</summary>
    internal static IEnumerable<string> Wrap(string text) => Wrap(text, LineWidth);

    /// <summary>Breaks text at spaces into lines of at most <paramref name="width"/> characters (a longer word keeps a line of its own).</summary>
    internal static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in Words(text))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>The words of a text, keeping "n = 760" in one piece.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var words = new List<string>();
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] == "=" && words.Count > 0 && i + 1 < parts.Length)
            {
                words[^1] = $"{words[^1]} = {parts[++i]}";
            }
            else
            {
                words.Add(parts[i]);
            }
        }
        return words;
    }
}
