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
        Fact(html, Views.StudyFactTerms.Publishers, h => h.Text(string.Join(", ", m.Publishers)));
        Fact(html, Views.StudyFactTerms.Population, h => h.Spans(m.Population));
        Fact(html, Views.StudyFactTerms.SampleSize, h =>
        {
            if (m.Sample.Printed.Count == 0)
            {
                h.Text($"n = {m.Sample}");
            }
            else
            {
                h.Spans(l => $"n = {Formatting.Numbers.SampleSize(m.Sample, l)}");
            }
        });
        Fact(html, Views.StudyFactTerms.Fieldwork, h => h.Spans(l => FieldworkText.In(m.Fieldwork, l)));
        Fact(html, Views.StudyFactTerms.Sampling, h => h.Spans(m.Sampling).Raw(" ").Open("strong").Spans(ReportText.SamplingCaveat).Close("strong"));
        Fact(html, Views.StudyFactTerms.Sources, h =>
        {
            h.Open("ul", ("class", "sources"));
            foreach (var source in m.Sources)
            {
                var published = PartialDate.Parse(source.Published);
                var retrieved = new PartialDate(source.Retrieved.Year, source.Retrieved.Month, source.Retrieved.Day);
                h.Open("li", ("data-source", source.Id)).Open("cite").Spans(source.TitleIn).Close("cite")
                    .Text($" — {source.Publisher}, ").Spans(published.Format).Raw(" — ")
                    .Link(source.Address, source.Address)
                    .Raw(" ").Both("small", l => HtmlWriter.Escape(l == Language.Fr ? $"(consulté le {retrieved.Format(l)})" : $"(retrieved {retrieved.Format(l)})"))
                    .Close("li");
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
}
