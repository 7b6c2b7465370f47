namespace SurveyFigures.Reconstruction;

/// <summary>
/// The survey design of real microdata, row by row: each respondent's weight as written in respondents.csv (a decimal,
/// so shares can be compared with printed values exactly), and where declared the stratum and cluster each belongs to.
/// </summary>
public sealed class RespondentDesign
{
    public RespondentDesign(decimal[] weights, string[]? strata = null, string[]? clusters = null)
    {
        if ((strata is not null && strata.Length != weights.Length) || (clusters is not null && clusters.Length != weights.Length))
        {
            throw new ArgumentException("Strata and clusters need one value per weighted respondent.");
        }
        Weights = weights;
        Strata = strata;
        Clusters = clusters;
    }

    public decimal[] Weights { get; }
    public string[]? Strata { get; }
    public string[]? Clusters { get; }
}
