using SurveyFigures.Consistency.Joint;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency;

/// <summary>
/// Puts the joint model's answers on each figure's check: the counts it can have given every kept figure, and, for a
/// study whose figures cannot all hold, the verdict <see cref="Verdict.Contradiction"/> on every member of a smallest
/// conflicting set, with a reason in words that names the others. A version that fails alone (another rounding rule,
/// impossible, or a source that disagrees with the followed one) is judged alone and kept out of the model.
/// </summary>
internal static class JointVerdicts
{
    public static void Apply(Study study, RoundingRule rule, Dictionary<string, FigureCheck> checks)
    {
        var includes = Includes(checks);
        var joint = Remembered.GetOrAdd(ModelKey(study, rule), _ => JointCheck.Run(study, rule, includes, f => checks[f.Id].Feasible));
        if (Remembered.Count > 256)
        {
            Remembered.Clear();
        }
        foreach (var f in study.Figures)
        {
            var range = joint.Ranges[f.Id];
            // A followed version that fails alone cannot be met by any rows either.
            checks[f.Id] = checks[f.Id] with { Joint = range.Count, JointDenominator = range.Denominator, Dropped = !includes(f, 0) };
            if (study.Base(f.Base).Column is not null && !range.Denominator.IsEmpty)
            {
                checks[f.Id] = checks[f.Id] with { Reasons = [.. checks[f.Id].Reasons, $"Given every other figure, the subgroup has {range.Denominator} respondents."] };
            }
        }
        foreach (var contradiction in joint.Contradictions)
        {
            var reason = Reason(contradiction, checks);
            foreach (var member in contradiction.Members.Select(m => m.Figure).DistinctBy(m => m.Id))
            {
                var check = checks[member.Id];
                var others = contradiction.Members.Select(m => m.Figure.Id).Where(id => id != member.Id).Distinct(StringComparer.Ordinal);
                checks[member.Id] = check with
                {
                    Verdict = Verdict.Contradiction,
                    Reasons = check.Reasons.Append(reason).Distinct(StringComparer.Ordinal).ToList(),
                    ContradictedBy = check.ContradictedBy.Concat(others).Distinct(StringComparer.Ordinal).ToList(),
                    Dropped = check.Dropped || (member.Id == contradiction.Dropped.Id && contradiction.DroppedVersion == 0),
                };
            }
        }
    }

    // The same figures under the same rule give the same answer: notebooks re-check a study at every view, and a
    // reloaded study is a new object. Keyed by everything the model reads, never by labels or notes.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JointCheck> Remembered = new(StringComparer.Ordinal);

    private static string ModelKey(Study study, RoundingRule rule)
    {
        var key = new System.Text.StringBuilder();
        var m = study.Metadata;
        key.Append(RoundingRules.Name(rule)).Append('|').Append(m.Sample).Append('|').Append(study.Id);
        foreach (var b in m.Bases)
        {
            key.Append("|b:").Append(b.Id).Append(',').Append(b.Figure).Append(',').Append(b.Column).Append(',').Append(b.Value);
        }
        foreach (var r in m.Residuals)
        {
            key.Append("|r:").Append(r.Column).Append(',').Append(r.Value);
        }
        foreach (var f in study.Figures)
        {
            key.Append("|f:").Append(f.Id).Append(',').Append(f.Kind).Append(',').Append(f.Base).Append(',').Append(f.Parent).Append(',').Append(f.Of)
                .Append(',').Append(string.Join('+', f.Parts)).Append(',').Append(f.Column).Append(',').Append(f.Value);
            foreach (var v in f.Versions)
            {
                key.Append(";v:").Append(v.Printed).Append(',').Append(v.Percent).Append(',').Append(v.Qualifier).Append(',').Append(v.Interval).Append(',').Append(v.Count);
            }
        }
        return key.ToString();
    }

    /// <summary>The versions the joint model holds: those that hold alone and agree with the followed version of their figure.</summary>
    public static Func<Figure, int, bool> Includes(Study study, RoundingRule rule) =>
        Includes(ConsistencyChecker.CheckAlone(study, rule).ToDictionary(c => c.Figure.Id, StringComparer.Ordinal));

    private static Func<Figure, int, bool> Includes(IReadOnlyDictionary<string, FigureCheck> checks) => (f, version) => version == 0
        ? checks[f.Id].Verdict is not (Verdict.OtherRounding or Verdict.Impossible)
        : !checks[f.Id].Disagreeing.Contains(f.Versions[version]);

    /// <summary>"These 3 figures cannot all hold: a (60 %; figures.csv line 4) needs 238–242 alone, the others leave it 200; …. The rows leave out a."</summary>
    private static string Reason(Contradiction contradiction, Dictionary<string, FigureCheck> checks)
    {
        var parts = contradiction.Members.Select(m =>
        {
            // The remembered answer may come from an identical study loaded earlier: lines are this one's.
            var version = checks[m.Figure.Id].Figure.Versions[m.Version];
            var alone = m.Version == 0 && !checks[m.Figure.Id].Feasible.IsEmpty ? $" needs {checks[m.Figure.Id].Feasible} alone," : "";
            var left = m.GivenOthers.IsEmpty ? "the others leave it no count" : $"the others leave it {m.GivenOthers}";
            // The ledger line, so that a data mistake behind a contradiction is found where it was made.
            return $"{m.Figure.Id} ({version.Display}; figures.csv line {version.Line}){alone} {left}";
        });
        var dropped = contradiction.Dropped.Versions[contradiction.DroppedVersion];
        var what = contradiction.DroppedVersion == 0 ? contradiction.Dropped.Id : $"{contradiction.Dropped.Id} as printed by another source ({dropped.Display})";
        var count = contradiction.Members.Count;
        if (count == 1)
        {
            // No other figure is involved: what it contradicts is the study's structure as declared.
            return $"{what} ({dropped.Display}) holds alone but not with the study's structure: the categories of a single-choice question fill their base unless study.json declares a residual category, and a nested part lies inside its parent. The rows leave it out.";
        }
        return $"These {count} figures cannot all hold: {string.Join("; ", parts)}. The rows meet the others and leave out {what}, the last of them in the order data/README.md states.";
    }
}
