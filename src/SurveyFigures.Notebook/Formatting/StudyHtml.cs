using System.Text;
using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>A study's description card, with the synthetic-data warning in plain sight.</summary>
public static class StudyHtml
{
    /// <summary>The whole study: header, every chart at full width, the figures, the findings and the sources view.</summary>
    public static string Render(StudyView view) =>
        $"<div class=\"survey-study-view\">{Render(view.Summary)}\n{ChartHtml.Render(view.Charts)}{TableHtml.Render(view.Figures)}\n{TableHtml.Render(view.Findings)}\n{TableHtml.Render(view.Sources)}</div>";

    public static string Render(StudySummary s)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"survey-study\"><h3>").Append(Html.Escape(s.Title)).Append("</h3><dl>");
        void Item(string term, string value) => html.Append("<dt>").Append(Html.Escape(term)).Append("</dt><dd>").Append(Html.Escape(value)).Append("</dd>");
        var words = NotebookLabels.Study(s.Language);
        Item(words.Publishers, s.Publishers);
        Item(words.Population, s.Population);
        Item(words.SampleSize, s.SampleSize);
        Item(words.Fieldwork, s.Fieldwork);
        Item(words.Sampling, s.Sampling);
        Item(words.Sources, s.Sources);
        Item(words.Figures, s.FigureCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Append("</dl>");
        if (s.SyntheticRespondents)
        {
            html.Append("<p><strong>⚠ ").Append(Html.Escape(s.RespondentNote)).Append("</strong></p>");
        }
        return html.Append("</div>").ToString();
    }
}
