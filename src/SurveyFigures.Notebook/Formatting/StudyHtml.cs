using System.Text;
using SurveyFigures.Notebook.Contracts;

namespace SurveyFigures.Notebook.Formatting;

/// <summary>A study's description card, with the synthetic-data warning in plain sight.</summary>
public static class StudyHtml
{
    public static string Render(StudySummary s)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"survey-study\"><h3>").Append(Html.Escape(s.Title)).Append("</h3><dl>");
        void Item(string term, string value) => html.Append("<dt>").Append(Html.Escape(term)).Append("</dt><dd>").Append(Html.Escape(value)).Append("</dd>");
        Item("Publishers", s.Publishers);
        Item("Population", s.Population);
        Item("Sample size", s.SampleSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Item("Fieldwork", s.Fieldwork);
        Item("Sampling", s.Sampling);
        Item("Sources", s.Sources);
        Item("Published figures", s.FigureCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Append("</dl>");
        if (s.SyntheticRespondents)
        {
            html.Append("<p><strong>⚠ ").Append(Html.Escape(s.RespondentNote)).Append("</strong></p>");
        }
        return html.Append("</div>").ToString();
    }
}
