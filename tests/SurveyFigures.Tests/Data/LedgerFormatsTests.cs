using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>
/// What a ledger can now hold, each on a small invented ledger: versions of one item from several sources, qualified
/// numbers, aggregates of categories, bases sized by words, month dates. Reference values are worked out in comments.
/// </summary>
public class LedgerFormatsTests
{
    private const string Header = "id,question,kind,label_fr,label_en,printed,qualifier,base,parent,of,parts,column,value,read_low,read_high,source,note";
    private const string SecondSource = """{"id": "doc2", "document": "Another outlet", "publisher": "Outlet", "published": "2025-01", "address": "https://example.org/doc2", "retrieved": "2026-01-01", "sections": {"p": "page"}}""";

    private static (Study Study, IReadOnlyList<FigureCheck> Checks) Check(int n, string bases = "", string residuals = "[]", string readings = "[]", params string[] rows)
    {
        using var temp = new TempStudy(Header + "\n" + string.Join("\n", rows) + "\n", sampleSize: n, bases: bases, residuals: residuals, readings: readings, sources: SecondSource);
        var study = temp.Load();
        return (study, ConsistencyChecker.Check(study, RoundingRule.HalfUp));
    }

    [Fact]
    public void Two_sources_that_disagree_are_one_item_with_two_versions_and_say_which_one_is_followed()
    {
        // 63 % of 760 is 475–482 respondents, 59 % is 445–452: no count gives both.
        var (study, checks) = Check(760, rows: [
            "follow-up,q,multi,Suivi,Follow-up,63,,all,,,,c,1,,,doc:s1,",
            "follow-up,,,,,59,,,,,,,,,,doc2:p,prints 59",
        ]);
        var figure = Assert.Single(study.Figures);
        Assert.Equal(["63", "59"], figure.Versions.Select(v => v.Printed));
        Assert.Equal("prints 59", figure.Versions[1].Note);
        var check = Assert.Single(checks);
        Assert.Equal(Verdict.SourcesDisagree, check.Verdict);
        Assert.Contains("Sources disagree: Outlet prints 59 % where Nobody prints 63 %", check.Reason);
        Assert.Contains("The reconstruction follows Nobody.", check.Reason);
    }

    [Fact]
    public void Versions_that_can_be_the_same_count_agree()
    {
        // "more than 40 %" of 300 is 121–300; a plain 41 % is 122–124: they overlap.
        var (_, checks) = Check(300, rows: [
            "m,q,single,M,M,40,more-than,all,,,,c,1,,,doc:s1,",
            "m,,,,,41,,,,,,,,,,doc2:p,",
        ]);
        Assert.Equal(Verdict.Consistent, Assert.Single(checks).Verdict);
    }

    [Theory]
    // more than 72 % of 840: the share must exceed 72 (604.8), so 605 to 840.
    [InlineData("more-than", "72", 840, 605, 840, "(72, 100] %")]
    // at least 50 % of 7: 3.5 or more, so 4 to 7.
    [InlineData("at-least", "50", 7, 4, 7, "[50, 100] %")]
    // nearly 72 % of 100: 67 to 72.
    [InlineData("nearly", "72", 100, 67, 72, "[67, 72] %")]
    // about 72 % of 100: 69.5 to 74.5, so 70 to 74.
    [InlineData("about", "72", 100, 70, 74, "[69.5, 74.5] %")]
    public void A_qualifier_is_read_as_the_interval_it_means_and_says_so(string qualifier, string printed, int n, int min, int max, string bounds)
    {
        var (study, checks) = Check(n, rows: [$"a,q,single,A,A,{printed},{qualifier},all,,,,c,1,,,doc:s1,"]);
        var check = Assert.Single(checks);
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Equal(new CountRange(min, max), check.Feasible);
        Assert.Contains($"read as an exact share in {bounds}", check.Reason);
        Assert.Equal(Qualifiers.Parse(qualifier), study.Figures[0].Qualifier);
    }

    [Fact]
    public void A_qualified_figure_can_parent_a_nested_one()
    {
        var (_, checks) = Check(840, readings: """[{"figure": "b", "chosen": "base", "why": {"fr": "-", "en": "-"}}]""", rows: [
            "a,q,single,A,A,72,more-than,all,,,,c1,1,,,doc:s1,",
            "b,q,nested,B,B,19,,all,a,base,,c2,1,,,doc:s1,",
        ]);
        Assert.All(checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
    }

    [Fact]
    public void An_aggregate_is_checked_against_the_sum_of_its_parts_and_is_not_a_category()
    {
        // 5 + 3 + 16 of 760 can be 35–41, 19–26 and 118–125 respondents: 172–192 together, where 24 % is 179–186.
        string[] parts = [
            "p.a,q,single,A,A,76,,all,,,,job,a,,,doc:s1,",
            "p.b,q,single,B,B,5,,all,,,,job,b,,,doc:s1,",
            "p.c,q,single,C,C,3,,all,,,,job,c,,,doc:s1,",
            "p.d,q,single,D,D,16,,all,,,,job,d,,,doc:s1,",
        ];
        var (study, checks) = Check(760, rows: [.. parts, "p.bcd,q,aggregate,BCD,BCD,24,,all,,,p.b + p.c + p.d,,,,,doc2:p,"]);
        Assert.All(checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
        Assert.Contains("5 % + 3 % + 16 % = 24 %, as printed", checks.Single(c => c.Figure.Id == "p.bcd").Reason);
        Assert.DoesNotContain(ConsistencyChecker.SingleChoiceGroups(study).SelectMany(g => g), f => f.Kind == FigureKind.Aggregate);
        Assert.DoesNotContain("", study.Columns);

        var (_, wrong) = Check(760, rows: [.. parts, "p.bcd,q,aggregate,BCD,BCD,30,,all,,,p.b + p.c + p.d,,,,,doc2:p,"]);
        var check = wrong.Single(c => c.Figure.Id == "p.bcd");
        Assert.Equal(Verdict.Contradiction, check.Verdict);
        Assert.Contains("5 % + 3 % + 16 % = 24 %", check.Reason);
        Assert.Contains("p.b", check.ContradictedBy);
    }

    [Fact]
    public void An_aggregate_of_parts_from_different_columns_is_refused()
    {
        using var temp = new TempStudy(Header + "\n" + string.Join("\n",
            "a,q,single,A,A,50,,all,,,,c1,x,,,doc:s1,",
            "b,q,single,B,B,50,,all,,,,c2,y,,,doc:s1,",
            "ab,q,aggregate,AB,AB,100,,all,,,a + b,,,,,doc:s1,") + "\n");
        var e = Assert.Throws<DataFileException>(temp.Load);
        Assert.Equal(LedgerColumns.Parts, e.Column);
        Assert.Equal("b", e.Value);
    }

    [Fact]
    public void A_base_sized_by_words_gives_every_possible_size_to_the_checks()
    {
        // "half" of 840 read as 45–55 %: 378 to 462 doctors; 75 % of them is feasible for every size.
        const string doctors = """{"id": "doctors", "label": {"fr": "Médecins", "en": "Doctors"}, "figure": "doc.share"}""";
        const string residual = """[{"column": "job", "value": "other", "label": {"fr": "Autres", "en": "Others"}, "why": {"fr": "-", "en": "-"}}]""";
        var (study, checks) = Check(840, bases: doctors, residuals: residual, rows: [
            "doc.share,q,verbal,Médecins,Doctors,la moitié,,all,,,,job,doctor,45,55,doc:s1,",
            "doc.positive,q,single,Positifs,Positive,75,,doctors,,,,positive,1,,,doc:s1,",
        ]);
        var sizes = BaseSizes.Of(study, "doctors", RoundingRule.HalfUp);
        Assert.Equal(378, sizes[0]);
        Assert.Equal(462, sizes[^1]);
        Assert.Equal(85, sizes.Count);
        var positive = checks.Single(c => c.Figure.Id == "doc.positive");
        Assert.Equal(Verdict.Consistent, positive.Verdict);
        Assert.Equal(sizes, positive.BaseSizes);
    }

    [Fact]
    public void A_month_date_keeps_its_precision_in_both_languages()
    {
        var fieldwork = new Fieldwork("2024-07", "2025-01");
        Assert.Equal("July 2024 – January 2025", FieldworkText.In(fieldwork, Language.En));
        Assert.Equal("juillet 2024 – janvier 2025", FieldworkText.In(fieldwork, Language.Fr));
        Assert.Equal("16 novembre 2024 – 15 janvier 2025", FieldworkText.In(new Fieldwork("2024-11-16", "2025-01-15"), Language.Fr));
        Assert.Null(PartialDate.TryParse("2025-02-30"));
        Assert.Equal("2025", PartialDate.Parse("2025").Format(Language.En));
    }

    [Fact]
    public void Words_in_a_later_version_need_the_interval_they_are_read_as()
    {
        using var temp = new TempStudy(Header + "\n" + string.Join("\n",
            "a,q,single,A,A,88,,all,,,,c,1,,,doc:s1,",
            "a,,,,,près de 9 sur 10,,,,,,,,,,doc2:p,") + "\n", sources: SecondSource);
        var e = Assert.Throws<DataFileException>(temp.Load);
        Assert.Equal(LedgerColumns.ReadLow, e.Column);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_qualifier_outside_the_list_is_refused_with_the_list()
    {
        using var temp = new TempStudy(Header + "\na,q,single,A,A,72,over,all,,,,c,1,,,doc:s1,\n");
        var e = Assert.Throws<DataFileException>(temp.Load);
        Assert.Equal(LedgerColumns.Qualifier, e.Column);
        Assert.Contains("more-than, at-least, nearly, about", e.Message);
    }
}
