using System.Globalization;
using SurveyFigures.Data;

namespace SurveyFigures.Report;

/// <summary>A study's header: who published it, whom it surveyed and how many, when, how the sample was drawn, the sources, and what the respondent rows are.</summary>
internal static class ReportHeader
{
    public static void Write(HtmlWriter html, Study study)
    {
        var m = study.Metadata;
        html.Both("h2", m.Title).Line();
        if (m.Respondents.Synthetic)
        {
            html.Open("div", ("class", "warning"), ("role", "note")).Both("p", m.Respondents.Note).Close("div").Line();
        }
        html.Open("dl", ("class", "study-facts")).Line();
        Fact(html, ReportText.Publishers, h => h.Text(string.Join(", ", m.Publishers)));
        Fact(html, ReportText.Population, h => h.Spans(m.Population));
        Fact(html, ReportText.SampleSize, h => h.Text($"n = {m.SampleSize.ToString(CultureInfo.InvariantCulture)}"));
        Fact(html, ReportText.Fieldwork, h =>
        {
            if (m.Fieldwork.Start is { } start && m.Fieldwork.End is { } end)
            {
                h.Text($"{Date(start)} – {Date(end)}");
            }
            else
            {
                h.Spans(ReportText.NotPublished);
            }
        });
        Fact(html, ReportText.Sampling, h => h.Spans(m.Sampling).Raw(" ").Open("strong").Spans(ReportText.SamplingCaveat).Close("strong"));
        Fact(html, ReportText.Sources, h =>
        {
            h.Open("ul", ("class", "sources"));
            foreach (var source in m.Sources)
            {
                h.Open("li").Element("cite", source.Document).Text($" — {source.Publisher}, {source.Date}").Raw(" ")
                    .Element("code", source.File).Close("li");
            }
            h.Close("ul");
        });
        Fact(html, ReportText.RespondentData, h =>
        {
            if (m.Respondents.Synthetic)
            {
                h.Spans(m.Respondents.Note);
            }
            else
            {
                h.Spans(ReportText.RealData);
            }
            h.Raw(" ").Element("code", study.ShownRespondentsPath.Replace('\\', '/'));
        });
        html.Close("dl").Line();
    }

    private static void Fact(HtmlWriter html, LocalizedText term, Action<HtmlWriter> value)
    {
        html.Open("dt").Spans(term).Close("dt").Open("dd");
        value(html);
        html.Close("dd").Line();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
