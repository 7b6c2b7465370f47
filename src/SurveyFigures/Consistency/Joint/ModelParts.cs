using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// Splits a study's columns into parts that no figure ties together. A column is tied to another when one of its
/// figures is counted within a subgroup or parent defined on the other. With the sample size fixed, the parts share no
/// unknown, so each is its own model: a figure's range and a smallest contradiction never reach across parts, and many
/// small models solve far faster than one large one.
/// </summary>
internal static class ModelParts
{
    public static IReadOnlyList<IReadOnlyList<string>> Split(Study study)
    {
        var columns = study.Columns;
        if (!study.Metadata.Sample.IsExact)
        {
            // A sample size printed only vaguely is an unknown every share of the whole sample shares: one model.
            return [columns];
        }
        var root = columns.ToDictionary(c => c, c => c, StringComparer.Ordinal);
        string Find(string c) => root[c] == c ? c : root[c] = Find(root[c]);
        void Tie(string a, string b) => root[Find(a)] = Find(b);
        var groups = new Subgroups(study, study.Figures);
        foreach (var set in groups.Sets)
        {
            foreach (var s in set.Scope)
            {
                Tie(set.Column, groups.Sets[s].Column);
            }
        }
        foreach (var f in study.ColumnFigures)
        {
            foreach (var s in groups.ScopeOf(f))
            {
                Tie(f.Column, groups.Sets[s].Column);
            }
        }
        return columns.GroupBy(Find, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)g.ToList()).ToList();
    }
}
