namespace SurveyFigures.Notebook.Contracts;

/// <summary>
/// One published figure next to what was recomputed from the respondent rows. Percentages are 0–100, unrounded; the
/// *Text members and <see cref="Cells"/> are the same values as every other view shows them (rounded once, in the
/// table's language, by the library's one figures-table view), so the facade never formats a number itself.
/// <see cref="JointMin"/>–<see cref="JointMax"/> are the counts the figure can have given every other figure.
/// For a weighted study, <see cref="Weighted"/> is true, <see cref="UnweightedPercent"/> is the share with each
/// respondent counting once, <see cref="EffectiveSize"/> Kish's n_eff of the base and <see cref="DesignEffect"/> the
/// design effect (null where it is undefined: a share of 0 or 100 %, or a base of one row); all null for an unweighted study.
/// </summary>
public sealed record FigureRow(
    string Study,
    string Id,
    string Question,
    string Label,
    string Printed,
    string Base,
    int BaseN,
    int Count,
    double ComputedPercent,
    int? FeasibleMin,
    int? FeasibleMax,
    string IntervalMethod,
    double IntervalLevel,
    double IntervalLow,
    double IntervalHigh,
    string Verdict,
    string Reason,
    bool MatchesPrinted,
    string BaseSize,
    string ShareText,
    string IntervalText,
    string VerdictText,
    int? JointMin,
    int? JointMax,
    IReadOnlyList<string> ContradictedBy,
    IReadOnlyList<string> Cells,
    bool Weighted,
    double? UnweightedPercent,
    double? EffectiveSize,
    double? DesignEffect);
