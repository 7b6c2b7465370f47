using System.Text;
using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>A study's description card, with the synthetic-data warning in plain sight.</summary>
public static class StudyHtml
{
    /// <summary>The whole study: header, every chart at full width, the figures, the findings and the sources view.</summary>
    public static string Render(StudyView view) =>
        $"<div class=\"survey-study-view\">{Render(view.Summary)}\n{ChartHtml.Render(view.Charts)}{TableHtml.Render(view.Figures)}\n{TableHtml.Render(view.Findings)}\n{TableHtml.Render(view.Sources)}</div>";

    /// <summary>Several studies: their cards one after the other.</summary>
    public static string Render(StudyList studies) => string.Concat(studies.Select(s => Render(s) + "\n"));

    public static string Render(StudySummary s)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"survey-study\"><h3>").Append(Html.Escape(s.Title)).Append("</h3><dl>");
        void Item(string term, string value) => html.Append("<dt>").Append(Html.Escape(term)).Append("</dt><dd>").Append(Html.Escape(value)).Append("</dd>");
        // The terms come with the summary, from the library's one vocabulary (the report's study header uses the same).
        string[] values = [s.Publishers, s.Population, s.SampleSize, s.Fieldwork, s.Sampling, s.Sources, s.FigureCount.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        for (var i = 0; i < values.Length; i++)
        {
            Item(s.Terms[i], values[i]);
        }
        html.Append("</dl>");
        if (s.SyntheticRespondents)
        {
            html.Append("<p><strong>⚠ ").Append(Html.Escape(s.RespondentNote)).Append("</strong></p>");
        }
        return html.Append("</div>").ToString();
    }
}
