using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;

namespace SurveyFigures.Recomputation;

/// <summary>
/// How a figure's base size is shown. A subgroup whose size the ledger gives only as a share or in words ("half" of the
/// respondents) has many possible sizes; synthetic rows pick one. That pick is a choice of the generator, not a
/// published fact, so every view labels it "assumed" and gives the possible range beside it.
/// </summary>
internal static class BaseSizeText
{
    /// <summary>Whether the base size of this result was chosen by the synthetic reconstruction rather than published.</summary>
    public static bool IsAssumed(Study study, FigureResult result) =>
        study.Metadata.Respondents.Synthetic && (study.Base(result.Figure.Base) is { Figure: not null } or { Column: not null } || result.Figure.Of == NestedDenominator.Parent);

    /// <summary>"420" or "420, assumed; 378–462 possible"; in French "420, supposé ; 378–462 possibles".</summary>
    public static string Size(Study study, FigureResult result, Language language)
    {
        var n = result.BaseN.ToString(CultureInfo.InvariantCulture);
        if (!IsAssumed(study, result))
        {
            return n;
        }
        // The sizes every figure together allows, where the joint model settled them; otherwise those the base allows alone.
        var range = !result.Check.JointDenominator.IsEmpty ? result.Check.JointDenominator.ToString()
            : result.Check.BaseSizes.Count == 0 ? "?" : ConsistencyChecker.SizesText(result.Check.BaseSizes);
        return language == Language.Fr ? $"{n}, supposé\u00A0; {range} possibles" : $"{n}, assumed; {range} possible";
    }
}
