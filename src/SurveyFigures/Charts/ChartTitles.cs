using SurveyFigures.Data;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Charts;

/// <summary>The parts of chart titles: study name, question label, base sizes.</summary>
internal static class ChartTitles
{
    /// <summary>"PulseLife barometer — &lt;what&gt;".</summary>
    public static string Main(StudyMetadata study, string what, Language language) => $"{study.ShortTitle.In(language)} — {what}";

    /// <summary>"PulseLife barometer n = 760; Lifen report n = 540": the subtitle of a chart drawing on several studies.</summary>
    public static string StudySizes(IEnumerable<StudyMetadata> studies, Language language) =>
        string.Join(ChartText.ListSeparator(language), studies.Select(s => $"{s.ShortTitle.In(language)} n = {s.Sample}"));

    /// <summary>
    /// The label of a question group: from <paramref name="questionLabel"/> when it gives a non-empty text,
    /// else from study.json's questions, else the question id itself.
    /// </summary>
    public static string QuestionLabel(Study study, string question, Language language, Func<string, string?>? questionLabel = null)
    {
        var given = questionLabel?.Invoke(question);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }
        return study.Metadata.Questions.FirstOrDefault(q => q.Id == question)?.Label.In(language) ?? question;
    }

    /// <summary>
    /// The base sizes of a set of figures, as recomputed: "n = 760", or "n = 760; doctors n = 410" when they mix bases.
    /// A nested figure read as a share of its parent counts the parent's respondents and is named after it.
    /// </summary>
    public static string BaseSizes(Study study, IEnumerable<FigureResult> results, Language language)
    {
        var parts = new List<string>();
        foreach (var r in results)
        {
            var f = r.Figure;
            var who = f.Of == NestedDenominator.Parent && f.Parent is { } parent
                ? study.Figure(parent).Label.In(language)
                : f.Base == BaseDefinition.All ? null : study.Base(f.Base).Label.In(language);
            var text = who is null ? $"n = {ChartFormat.Integer(r.BaseN)}" : $"{ChartFormat.Decapitalize(who)} n = {ChartFormat.Integer(r.BaseN)}";
            if (!parts.Contains(text, StringComparer.Ordinal))
            {
                parts.Add(text);
            }
        }
        // The whole sample first, then subgroups in ledger order.
        var ordered = parts.Where(p => p.StartsWith("n = ", StringComparison.Ordinal)).Concat(parts.Where(p => !p.StartsWith("n = ", StringComparison.Ordinal)));
        return string.Join(ChartText.ListSeparator(language), ordered);
    }
}
