using System.Globalization;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Recomputation;

namespace SurveyFigures.Views;

/// <summary>
/// The raking what-if of a study in one vocabulary (fr/en), for every renderer: per figure, the printed value, the share
/// with each respondent counting once, the share if the sample matched the declared population margins, the move in
/// points and n_eff under those weights; the note names the margins, their sources and how the weights were found.
/// </summary>
internal static class RakingWhatIfView
{
    public static readonly LocalizedText Title = new("Et si l'échantillon suivait les marges de la population ? (calage)", "What if the sample matched the population margins? (raking)");

    public static readonly LocalizedText NoMargins = new(
        "Cette étude ne déclare aucune marge de population (population_margins dans son study.json, avec leur source publique) : rien sur quoi caler. Voir data/README.md.",
        "This study declares no population margins (population_margins in its study.json, with their public source): nothing to rake to. See data/README.md.");

    public static readonly IReadOnlyList<LocalizedText> Headings =
    [
        new("Chiffre", "Figure"),
        new("Libellé", "Label"),
        new("Publié", "Printed"),
        new("Non pondéré", "Unweighted"),
        new("Calé sur les marges", "Raked to the margins"),
        new("Écart (points)", "Change (points)"),
        WeightedTerms.EffectiveSize,
    ];

    /// <summary>One row per figure, in ledger order, each value rounded once as every view rounds it.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(RakingWhatIf whatIf, Language language) => whatIf.Figures.Select(f => (IReadOnlyList<string>)
    [
        f.Figure.Id,
        f.Figure.Label.In(language),
        Numbers.Printed(f.Figure.Primary, language),
        $"{Numbers.PercentText(f.UnweightedPercent, Numbers.ShareDecimals, language)} (n = {Numbers.Count(f.BaseN)})",
        Numbers.PercentText((decimal)f.RakedPercent, Numbers.ShareDecimals, language),
        Signed((decimal)f.Change, language),
        Numbers.Decimal((decimal)f.KishEffectiveSize, 1, language),
    ]).ToList();

    /// <summary>What the weights were raked to, from what source, and how: the margins' percentages, IPF's tolerance and cap.</summary>
    public static string Note(RakingWhatIf whatIf, Language language)
    {
        var fr = language == Language.Fr;
        var separator = fr ? " ; " : "; ";
        var margins = string.Join(separator, whatIf.Margins.Select(m =>
        {
            var source = whatIf.Study.Source(m.Source[..m.Source.IndexOf(':', StringComparison.Ordinal)]);
            var shares = string.Join(", ", m.Percent.Select(p => $"{p.Key} {Numbers.Decimal(p.Value, DecimalsOf(p.Value), language)}{Numbers.PercentSpace(language)}%"));
            return $"{m.Column} ({shares}{separator}{source.Publisher}, {source.TitleIn(language)}, {source.Address})";
        }));
        var size = Numbers.Decimal((decimal)whatIf.KishEffectiveSize, 1, language);
        var tolerance = RakingWhatIf.Tolerance.ToString("0e0", CultureInfo.InvariantCulture);
        var cap = RakingWhatIf.MaxIterations.ToString(CultureInfo.InvariantCulture);
        return fr
            ? $"Poids calés à partir de poids égaux sur : {margins}. Ajustement proportionnel itératif (écart toléré {tolerance}, au plus {cap} passages). {WeightedTerms.EffectiveSize.In(language)} de l'échantillon entier = {size}. Ce que seraient les parts si l'échantillon avait la composition de la population sur ces seules variables : une hypothèse, pas une correction du biais de sélection."
            : $"Weights raked from equal weights to: {margins}. Iterative proportional fitting (tolerance {tolerance}, at most {cap} passes). {WeightedTerms.EffectiveSize.In(language)} of the whole sample = {size}. What the shares would be if the sample had the population's make-up on these variables alone: an assumption, not a correction of selection bias.";
    }

    // "+3,20" / "−1.05": a move in points, with its sign, at the shares' decimals.
    private static string Signed(decimal points, Language language)
    {
        var rounded = Numbers.Round(points, Numbers.ShareDecimals);
        var text = Numbers.Decimal(Math.Abs(rounded), Numbers.ShareDecimals, language);
        return rounded > 0 ? $"+{text}" : rounded < 0 ? $"−{text}" : text;
    }

    // A margin's percentage at the decimals it was written with (45, 12.5).
    private static int DecimalsOf(decimal value) => (int)((decimal.GetBits(value)[3] >> 16) & 0xFF);
}
