namespace SurveyFigures.Recomputation;

/// <summary>The columns of artifacts/figures.csv, named once, in output order.</summary>
public static class ResultColumns
{
    public static readonly IReadOnlyList<string> All =
    [
        "study", "id", "printed", "base", "base_n", "count", "computed_percent",
        "feasible_min", "feasible_max", "ci_method", "ci_level", "ci_low", "ci_high", "verdict",
    ];
}
