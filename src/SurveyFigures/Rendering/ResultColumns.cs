namespace SurveyFigures.Rendering;

/// <summary>
/// The columns of artifacts/figures.csv, named once, in output order. <c>verdict</c> judges the printed figures'
/// arithmetic; <c>reproduces</c> says whether the respondent rows give the printed value back (yes/no), so the file
/// never says "consistent" about a run whose rows do not reproduce a figure. <c>source</c> gives the followed version's
/// locators (document:section) and <c>address</c> the public addresses of those documents: never a file-system path.
/// <c>feasible_*</c> are the counts the figure allows alone, <c>joint_*</c> those it can have given every other
/// figure (the joint model), and <c>contradicts</c> the ids of the figures it cannot hold together with.
/// </summary>
internal static class ResultColumns
{
    public static readonly IReadOnlyList<string> All =
    [
        "study", "id", "printed", "base", "base_n", "count", "computed_percent",
        "feasible_min", "feasible_max", "joint_min", "joint_max", "contradicts", "ci_method", "ci_level", "ci_low", "ci_high", "verdict", "reproduces", "source", "address",
    ];

    /// <summary>
    /// Added after <see cref="All"/> only when a study in the file is weighted (so unweighted outputs keep their bytes):
    /// <c>weighted</c> yes/no, the share each respondent counting once would give, Kish's effective size of the base and
    /// the design effect. For a weighted row, <c>computed_percent</c> and the interval are the weighted ones and
    /// <c>feasible_*</c> are empty (counts do not apply to weighted shares).
    /// </summary>
    public static readonly IReadOnlyList<string> Weighted = ["weighted", "unweighted_percent", "n_eff", "deff"];
}
