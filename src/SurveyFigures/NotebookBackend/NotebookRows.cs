using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Charts;
using SurveyFigures.Data;
using SurveyFigures.Formatting;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Pipeline;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;
using SurveyFigures.Views;

namespace SurveyFigures.NotebookBackend;

/// <summary>Turns library results into the facade's plain contract types (no F# or Deedle type crosses over).</summary>
internal static class NotebookRows
{
    public static StudySummary Summary(Study study, Language language)
    {
        var m = study.Metadata;
        var fieldwork = FieldworkText.In(m.Fieldwork, language);
        var sources = string.Join("; ", m.Sources.Select(s => $"{s.TitleIn(language)} ({s.Publisher}, {PartialDate.Parse(s.Published).Format(language)}) {s.Address}"));
        return new StudySummary(m.Id, m.Title.In(language), string.Join(", ", m.Publishers), m.Population.In(language), Numbers.SampleSize(m.Sample, language),
            fieldwork, m.Sampling.In(language), sources, m.Respondents.Synthetic, m.Respondents.Note.In(language), study.Figures.Count, Views.StudyFactTerms.In(language), Code(language));
    }

    public static FigureRow Row(Study study, FigureResult r, Language language) => new(
        r.StudyId, r.Figure.Id, r.Figure.Question, r.Figure.Label.In(language), ChartFormat.Printed(r.Figure, language), r.Figure.Base, r.BaseN, r.Count,
        (double)r.ComputedPercent, r.Feasible.IsEmpty ? null : r.Feasible.Min, r.Feasible.IsEmpty ? null : r.Feasible.Max,
        r.Weighted is { } w ? WeightedInterval.MethodName(w.Method) : ProportionInterval.MethodName(r.IntervalMethod), r.IntervalLevel, (double)Numbers.Percent(r.Interval.Low), (double)Numbers.Percent(r.Interval.High),
        Verdicts.Name(r.Verdict), r.Check.Reason, r.MatchesPrinted, BaseSizeText.Size(study, r, language),
        Numbers.ShareNumber(r, language), Numbers.Interval(r.Interval, language), ResultTerms.VerdictName(r.Verdict, language),
        r.Check.Joint.IsEmpty ? null : r.Check.Joint.Min, r.Check.Joint.IsEmpty ? null : r.Check.Joint.Max, r.Check.ContradictedBy,
        Views.FigureTableView.Cells(study, r, language),
        r.Weighted is not null, r.Weighted is { } u ? (double)u.UnweightedPercent : null, r.Weighted?.KishEffectiveSize,
        r.Weighted is { DesignEffect: var deff } && double.IsFinite(deff) ? deff : null);

    public static FigureTable Figures(StudyAnalysis a, string? question, Language language)
    {
        var results = a.Results.Where(r => question is null || r.Figure.Question == question).ToList();
        if (results.Count == 0)
        {
            throw new ArgumentException($"question: study '{a.Study.Id}' has no question '{question}'; its questions are {string.Join(", ", a.Study.Metadata.Questions.Select(q => q.Id))}.", nameof(question));
        }
        var caption = question is null ? a.Study.Metadata.Title.In(language) : $"{a.Study.Metadata.ShortTitle.In(language)} — {a.Study.QuestionLabel(question).In(language)}";
        return new FigureTable(caption, SyntheticNote(a.Study, language), Views.FigureTableView.Headings(language), results.Select(r => Row(a.Study, r, language)).ToList(), Code(language));
    }

    public static TextTable Checks(StudyAnalysis a, Language language) => new(
        language == Language.Fr ? "Verdicts de cohérence" : "Consistency verdicts",
        ["id", language == Language.Fr ? "publié" : "printed", "base", language == Language.Fr ? "comptes possibles" : "feasible counts", "verdict", language == Language.Fr ? "raison" : "reason"],
        a.Checks.Select(c => (IReadOnlyList<string>)[c.Figure.Id, ChartFormat.Printed(c.Figure, language), $"{c.Figure.Base} ({ConsistencyChecker.SizesText(c.BaseSizes)})", c.Feasible.ToString(), ResultTerms.VerdictName(c.Verdict, language), c.Reason]).ToList(),
        language == Language.Fr ? "Calculé à partir du registre seul, en arithmétique exacte." : "Computed from the ledger alone, in exact arithmetic.");

    public static TextTable Readings(StudyAnalysis a, Language language)
    {
        var fr = language == Language.Fr;
        var rows = a.Readings.Select(r => (IReadOnlyList<string>)[
            r.Figure.Id, ChartFormat.Printed(r.Figure, language),
            r.Reading == NestedDenominator.Base ? (fr ? "part de la base" : "share of the base") : (fr ? "part du parent" : "share of the parent"),
            r.Chosen ? (fr ? "retenue" : "chosen") : (fr ? "alternative" : "alternative"),
            r.Counts.ToString(), Numbers.RangeText(r.ShareOfBaseLow, r.ShareOfBaseHigh, 1, language), Numbers.RangeText(r.ShareOfParentLow, r.ShareOfParentHigh, 1, language), ResultTerms.VerdictName(r.Verdict, language)]).ToList();
        var why = string.Join(" ", a.Study.Metadata.Readings.Select(r => $"{r.Figure}: {r.Why.In(language)}"));
        return new TextTable(fr ? "Lectures des chiffres imbriqués" : "Readings of nested figures",
            ["id", fr ? "publié" : "printed", fr ? "lecture" : "reading", fr ? "statut" : "status", fr ? "comptes" : "counts",
             fr ? "part de la base" : "share of base", fr ? "part du parent" : "share of parent", "verdict"], rows, why.Length == 0 ? null : why);
    }

    /// <summary>Every figure printed by more than one source, version by version (the "sources" view).</summary>
    public static TextTable Sources(StudyAnalysis a, Language language)
    {
        var fr = language == Language.Fr;
        var rows = SourceVersions.Of(a).Select(v => (IReadOnlyList<string>)[
            v.Figure.Id, Numbers.Printed(v.Version, language),
            string.Join("; ", v.Version.Sources.Select(l => (Locator: l, Source: a.Study.Source(l.Document))).Select(x => $"{x.Source.Publisher}, {x.Locator.Section} — {x.Source.Address}")),
            v.Version.Note,
            SourcesView.Standing(v).In(language),
            SourcesView.GivenBack(v).In(language)]).ToList();
        return new TextTable(SourcesView.Title.In(language), SourcesView.Headings.Select(h => h.In(language)).ToList(), rows,
            (rows.Count == 0 ? SourcesView.OneSourceOnly : SourcesView.FollowedFirst).In(language));
    }

    /// <summary>How robust one figure's arithmetic is to the base size and the rounding rule.</summary>
    public static TextTable Sensitivity(StudyAnalysis a, SensitivityResult s, Language language)
    {
        var fr = language == Language.Fr;
        string Yes(bool b) => b ? (fr ? "oui" : "yes") : (fr ? "non" : "no");
        string Size(int? n) => n is { } v ? Numbers.Count(v) : fr ? $"aucune entre {s.SearchedFrom} et {s.SearchedTo}" : $"none between {s.SearchedFrom} and {s.SearchedTo}";
        List<IReadOnlyList<string>> rows =
        [
            [fr ? "chiffre publié" : "printed figure", ChartFormat.Printed(s.Figure, language)],
            [fr ? "taille(s) de la base" : "base size(s)", ConsistencyChecker.SizesText(s.Sizes)],
            [fr ? $"un compte s'imprime ainsi ({Names.Rule(s.Rule, language)})" : $"some count prints as it ({Names.Rule(s.Rule, language)})", Yes(s.Holds)],
            [fr ? "taille plus petite la plus proche où cela change" : "nearest smaller size where that changes", Size(s.ChangesBelow)],
            [fr ? "taille plus grande la plus proche où cela change" : "nearest larger size where that changes", Size(s.ChangesAbove)],
        ];
        rows.AddRange(s.Rules.Select(r => (IReadOnlyList<string>)[
            fr ? $"règle : {Names.Rule(r.Rule, language)}" : $"rule: {Names.Rule(r.Rule, language)}",
            r.Holds ? $"{Yes(true)} ({r.Counts})" : Yes(false)]));
        return new TextTable(fr ? $"Sensibilité — {s.Figure.Label.In(language)}" : $"Sensitivity — {s.Figure.Label.In(language)}",
            [fr ? "question" : "question", fr ? "réponse" : "answer"], rows,
            fr ? "Le chiffre seul, hors contrôles conjoints (sommes, imbrications), qui restent ceux du tableau des verdicts."
               : "The figure on its own, without the joint checks (sums, nesting), which stay those of the verdicts table.");
    }

    public static TextTable Reconstruction(Study study, Language language)
    {
        var fr = language == Language.Fr;
        var r = study.Metadata.Respondents;
        var rows = r.Assumptions.Select((text, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), text]).ToList();
        rows.Add(["→", fr
            ? $"Pour utiliser de vraies microdonnées : remplacer {study.ShownRespondentsPath} (mêmes colonnes), passer « synthetic » à false dans study.json, relancer reproduce."
            : $"To use real microdata: replace {study.ShownRespondentsPath} (same columns), set \"synthetic\" to false in study.json, run reproduce again."]);
        return new TextTable(fr ? "Hypothèses de la reconstruction synthétique" : "What the synthetic reconstruction assumes", ["#", fr ? "hypothèse" : "assumption"], rows, r.Note.In(language));
    }

    /// <summary>
    /// The raking what-if (<see cref="RakingWhatIfView"/>) as a text table; for a study declaring no population
    /// margins, the same table without rows, its note saying so (the rows are raked only when there are margins).
    /// </summary>
    public static TextTable RakingWhatIf(Study study, Func<Study, RakingWhatIf> rake, Language language)
    {
        var caption = $"{RakingWhatIfView.Title.In(language)} — {study.Metadata.ShortTitle.In(language)}";
        var headings = RakingWhatIfView.Headings.Select(h => h.In(language)).ToList();
        if (PopulationMargins.Of(study).Count == 0)
        {
            return new TextTable(caption, headings, [], RakingWhatIfView.NoMargins.In(language));
        }
        var whatIf = rake(study);
        return new TextTable(caption, headings, RakingWhatIfView.Rows(whatIf, language), RakingWhatIfView.Note(whatIf, language));
    }

    public static string? SyntheticNote(Study study, Language language) =>
        study.Metadata.Respondents.Synthetic ? study.Metadata.Respondents.Note.In(language) : null;

    private static string Code(Language language) => language == Language.Fr ? "fr" : "en";
}
