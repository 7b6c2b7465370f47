using System.Text.RegularExpressions;
using SurveyFigures.Coverage;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Coverage;

public class PercentScannerTests
{
    private static PercentFinding Only(string text) => Assert.Single(PercentScanner.Scan(text));

    [Theory]
    [InlineData("Au total, 42% des infirmières dorment mal.", "42%")]
    [InlineData("Au total, 42 % des infirmières dorment mal.", "42 %")]
    [InlineData("Au total, 42\u00A0% des infirmières dorment mal.", "42\u00A0%")]
    [InlineData("Au total, 42\u202F% des infirmières dorment mal.", "42\u202F%")]
    [InlineData("Au total, 42 pour cent des infirmières dorment mal.", "42 pour cent")]
    [InlineData("Au total, 42 Pour Cent des infirmières dorment mal.", "42 Pour Cent")]
    [InlineData("Au total, 42 pourcent des infirmières dorment mal.", "42 pourcent")]
    [InlineData("Au total, 42pourcent des infirmières dorment mal.", "42pourcent")]
    public void Finds_integer_percentages_however_the_sign_is_spaced(string text, string printed)
    {
        var f = Only(text);
        Assert.Equal(printed, f.Printed);
        Assert.Equal(42m, f.Value);
        Assert.Equal(0, f.Decimals);
        Assert.False(f.Verbal);
        Assert.Equal(GuessedKind.Single, f.Guess);
    }

    [Theory]
    [InlineData("Le taux atteint 3,4 % chez les cadres.", "3,4 %", 3.4, 1)]
    [InlineData("Le taux atteint 3.4 % chez les cadres.", "3.4 %", 3.4, 1)]
    [InlineData("Le taux atteint 3,45% chez les cadres.", "3,45%", 3.45, 2)]
    [InlineData("Le taux atteint 3.40 % chez les cadres.", "3.40 %", 3.4, 2)]
    [InlineData("Le taux atteint 0,5 pour cent chez les cadres.", "0,5 pour cent", 0.5, 1)]
    public void Reads_decimal_comma_and_point_with_their_decimals(string text, string printed, double value, int decimals)
    {
        var f = Only(text);
        Assert.Equal(printed, f.Printed);
        Assert.Equal((decimal)value, f.Value);
        Assert.Equal(decimals, f.Decimals);
    }

    [Fact]
    public void Reports_values_above_one_hundred_and_leaves_the_verdict_to_the_caller()
    {
        var f = Only("Les demandes ont bondi de 150 % en un an.");
        Assert.Equal(150m, f.Value);
    }

    [Theory]
    [InlineData("Les kinés attendent en moyenne 2 minutes.")]
    [InlineData("Les réponses ont été recueillies le 03/02/2023 en ligne.")]
    [InlineData("En 2023, les pharmaciens ont répondu en grand nombre.")]
    [InlineData("Le modèle A380 % figure dans le tableau.")]
    [InlineData("Le lot B12% est épuisé.")]
    [InlineData("Un taux de 7,856 % serait trop précis.")]
    [InlineData("Le score moyen est de 14 sur 20.")]
    [InlineData("Un patient sur deux cents consulte, et un quart d'heure suffit.")]
    [InlineData("Le tiers payant est généralisé, un tiers-payant intégral aussi.")]
    [InlineData("Cinq sur trois ne veut rien dire.")]
    [InlineData("Une enquête menée sur deux ans auprès des kinés.")]
    [InlineData("Un suivi sur trois mois, puis un bilan sur dix semaines.")]
    [InlineData("Une ville sur deux mille habitants, une autre sur dix mille.")]
    public void Ignores_numbers_that_are_not_percentages(string text) => Assert.Empty(PercentScanner.Scan(text));

    [Theory]
    [InlineData("Selon l'étude, la moitié des aides-soignants manque de sommeil.", "la moitié", 50)]
    [InlineData("Selon l'étude, moitié moins de patients consultent.", "moitié", 50)]
    [InlineData("Selon l'étude, un tiers des aides-soignants manque de sommeil.", "un tiers", 33.33)]
    [InlineData("Selon l'étude, près de deux tiers des aides-soignants manquent de sommeil.", "deux tiers", 66.67)]
    [InlineData("Selon l'étude, un quart des aides-soignants manque de sommeil.", "un quart", 25)]
    [InlineData("Selon l'étude, les trois quarts des aides-soignants manquent de sommeil.", "trois quarts", 75)]
    [InlineData("Selon l'étude, un sur deux manque de sommeil.", "un sur deux", 50)]
    [InlineData("Selon l'étude, une sur deux dort mal.", "une sur deux", 50)]
    [InlineData("Selon l'étude, un sur trois manque de sommeil.", "un sur trois", 33.33)]
    [InlineData("Selon l'étude, deux sur trois manquent de sommeil.", "deux sur trois", 66.67)]
    [InlineData("Selon l'étude, neuf sur dix manquent de sommeil.", "neuf sur dix", 90)]
    [InlineData("Selon l'étude, 9 sur 10 manquent de sommeil.", "9 sur 10", 90)]
    [InlineData("Selon l'étude, sept sur huit manquent de sommeil.", "sept sur huit", 87.5)]
    [InlineData("Selon l'étude, Trois Quarts des aides-soignants manquent de sommeil.", "Trois Quarts", 75)]
    [InlineData("Selon l'étude, une sage-femme sur trois manque de sommeil.", "une sage-femme sur trois", 33.33)]
    [InlineData("Selon l'étude, huit jeunes médecins sur dix manquent de sommeil.", "huit jeunes médecins sur dix", 80)]
    [InlineData("Selon l'étude, 3 internes sur 4 manquent de sommeil.", "3 internes sur 4", 75)]
    public void Finds_fractions_in_words(string text, string printed, double value)
    {
        var f = Only(text);
        Assert.Equal(printed, f.Printed);
        Assert.Equal((decimal)value, f.Value);
        Assert.Equal(0, f.Decimals);
        Assert.True(f.Verbal);
        Assert.Equal(GuessedKind.Verbal, f.Guess);
    }

    [Fact]
    public void Guesses_nested_after_dont_in_the_same_clause()
    {
        var found = PercentScanner.Scan("Parmi les 300 sages-femmes, 80 % utilisent une tablette, dont 25 % chaque jour.");
        Assert.Equal(["80 %", "25 %"], found.Select(f => f.Printed));
        Assert.Equal([GuessedKind.Single, GuessedKind.Nested], found.Select(f => f.Guess));
    }

    [Theory]
    [InlineData("Elle décrit la manière dont les équipes travaillent ; 30 % seulement s'en plaignent.")]
    [InlineData("Les outils dont ils disposent depuis longtemps sont jugés utiles par 30 % d'entre eux.")]
    public void Does_not_guess_nested_when_dont_is_far_or_in_another_clause(string text) => Assert.Equal(GuessedKind.Single, Only(text).Guess);

    [Fact]
    public void Does_not_guess_nested_across_another_percentage()
    {
        var found = PercentScanner.Scan("Dont 12 % le matin et 8 % le soir.");
        Assert.Equal([GuessedKind.Nested, GuessedKind.Single], found.Select(f => f.Guess));
    }

    [Fact]
    public void Guesses_multi_inside_parentheses()
    {
        var found = PercentScanner.Scan("Les freins cités : le coût (41 %), la formation (37,5%) et le temps, pour 20 % d'entre eux.");
        Assert.Equal(["41 %", "37,5%", "20 %"], found.Select(f => f.Printed));
        Assert.Equal([GuessedKind.Multi, GuessedKind.Multi, GuessedKind.Single], found.Select(f => f.Guess));
    }

    [Fact]
    public void Locates_findings_by_line_and_column_in_text_order()
    {
        var text = "Titre du rapport\r\n\r\nLe sondage montre que 61 % des dentistes,\n\tet la moitié des orthophonistes, sont d'accord.";
        var found = PercentScanner.Scan(text);
        Assert.Equal(2, found.Count);
        Assert.Equal((3, 23), (found[0].Line, found[0].Column));
        Assert.Equal((4, 5), (found[1].Line, found[1].Column));
        Assert.Equal("la moitié", found[1].Printed);
    }

    [Theory]
    [InlineData("Première phrase. En moyenne, 7,8 % des internes démissionnent. Dernière phrase.", "En moyenne, 7,8 % des internes démissionnent.")]
    [InlineData("Première phrase ! En 2023, le taux de 7.8 passe à 9.1 % chez les internes. Fin", "En 2023, le taux de 7.8 passe à 9.1 % chez les internes.")]
    [InlineData("Les internes… enfin, 12 % des internes, démissionnent ? Oui.", "Les internes… enfin, 12 % des internes, démissionnent ?")]
    [InlineData("Les internes... enfin, 12 % des internes démissionnent.", "Les internes... enfin, 12 % des internes démissionnent.")]
    [InlineData("Les internes qui\n démissionnent   sont 12 %\nde la promotion.\nAutre ligne.", "Les internes qui démissionnent sont 12 % de la promotion.")]
    [InlineData("Résultats clés\n• 12 % des internes démissionnent\n• 30 % hésitent", "• 12 % des internes démissionnent")]
    [InlineData("Avant. Les motifs (fatigue, salaire, etc.) pèsent sur 12 % des internes.", "Les motifs (fatigue, salaire, etc.) pèsent sur 12 % des internes.")]
    public void Extracts_the_sentence_around_each_finding(string text, string sentence)
    {
        var f = PercentScanner.Scan(text).First(f => f.Printed.StartsWith("12", StringComparison.Ordinal) || f.Printed.StartsWith('7') || f.Printed.StartsWith('9'));
        Assert.Equal(sentence, f.Sentence);
    }

    [Fact]
    public void Ends_a_sentence_at_a_blank_line_and_at_a_bullet()
    {
        var found = PercentScanner.Scan("Les chiffres :\n\n  • 55 % des pédiatres,\n  • un tiers des généralistes.");
        Assert.Equal(["• 55 % des pédiatres,", "• un tiers des généralistes."], found.Select(f => f.Sentence));
    }

    // The source texts sit beside the repository, not in it (SourceTextFolder); where they are absent these two tests
    // have nothing to check and return. The seed-text coverage tests check the same texts against the ledgers.
    public static TheoryData<string> SourceTexts()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryStudies.All.SelectMany(s => s.Metadata.Sources).Select(s => s.Text?.File).OfType<string>().Distinct())
        {
            data.Add(file);
        }
        return data;
    }

    private static string SourcePath(string file) => Path.Combine(SourceTextFolder.Resolve(RepositoryStudies.Root), file);

    [Theory]
    [MemberData(nameof(SourceTexts))]
    public void Every_finding_in_a_real_text_sits_in_its_sentence(string file)
    {
        var path = SourcePath(file);
        if (!File.Exists(path))
        {
            return;
        }
        var found = PercentScanner.Scan(File.ReadAllText(path));
        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.Contains(f.Printed, f.Sentence, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SourceTexts))]
    public void Finds_as_many_numeric_percentages_in_a_real_text_as_a_plain_pattern_counts(string file)
    {
        var path = SourcePath(file);
        if (!File.Exists(path))
        {
            return;
        }
        var text = File.ReadAllText(path);
        var expected = Regex.Count(text, @"\d+(?:[.,]\d+)?\s?%");
        Assert.True(expected > 0);
        Assert.Equal(expected, PercentScanner.Scan(text).Count(f => !f.Verbal));
    }

    [Theory]
    [InlineData("Un chiffre absurde : 123456789012345678901234567890 %.")]
    [InlineData("Un chiffre absurde : 99999999999999999999999999999999,5 %.")]
    public void A_number_too_long_for_a_share_is_no_finding_and_no_crash(string text) => Assert.Empty(PercentScanner.Scan(text));

    [Fact]
    public void One_line_of_a_million_characters_is_scanned_whole()
    {
        // One sentence, no line break: each finding used to walk the whole sentence (quadratic; 117 KB took seconds).
        const string Clause = "parmi eux, 45 % utilisent un agenda, 30 % non et la moitié hésite (12,5 %), ";
        var repeats = 1_000_000 / Clause.Length;
        var findings = PercentScanner.Scan(string.Concat(Enumerable.Repeat(Clause, repeats)));
        Assert.Equal(4 * repeats, findings.Count);
        Assert.Equal(repeats, findings.Count(f => f.Guess == GuessedKind.Multi));
        Assert.Equal(repeats, findings.Count(f => f.Verbal));
        Assert.All(findings, f => Assert.InRange(f.Sentence.Length, 1, PercentScanner.SentenceLength + f.Printed.Length + 2));
        var last = findings[^1];
        Assert.Equal(1, last.Line);
        Assert.Contains(last.Printed, last.Sentence);
    }
}
