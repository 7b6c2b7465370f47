using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>
/// A set of respondents that other figures are counted within: a subgroup base, or the respondents a parent figure
/// counts. It holds those of <see cref="Scope"/> (the sets it lies within) whose <see cref="Column"/> is
/// <see cref="Value"/>; its size is the count of <see cref="Figure"/>, or unknown when no figure defines it.
/// </summary>
internal sealed record Subgroup(string Name, string Column, string Value, IReadOnlyList<int> Scope, Figure? Figure);

/// <summary>
/// The subgroups of a study and the atoms they cut the sample into: every combination of memberships that respondents
/// can have (inside a set means inside each set it lies within; one column holds one value per respondent). The model's
/// unknowns are the atoms' sizes and, per atom, how many respondents hold each value of each column; any table of such
/// counts is met by some respondent rows, because figures only count a column's values within atoms.
/// </summary>
internal sealed class Subgroups
{
    /// <summary>Beyond this many subgroups the atoms (2^k combinations) would not be worth enumerating.</summary>
    public const int MaxSubgroups = 16;

    private readonly Study _study;
    private readonly List<Subgroup> _sets = [];
    private readonly Dictionary<string, int> _byFigure = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<int>> _byBase = new(StringComparer.Ordinal);

    /// <summary>The subgroups the given figures are counted within, and those subgroups' own scopes.</summary>
    public Subgroups(Study study, IEnumerable<Figure> figures)
    {
        _study = study;
        foreach (var f in figures.Where(f => f.Kind != FigureKind.Aggregate))
        {
            ScopeOf(f);
        }
        if (_sets.Count > MaxSubgroups)
        {
            throw new InvalidOperationException($"Study '{study.Id}' defines {_sets.Count} subgroups and parent figures; the joint model handles at most {MaxSubgroups}.");
        }
        Atoms = Enumerable.Range(0, 1 << _sets.Count).Where(IsPossible).ToList();
    }

    public IReadOnlyList<Subgroup> Sets => _sets;

    /// <summary>The columns that define subgroups: with the atoms' sizes fixed, every other column stands alone.</summary>
    public IReadOnlySet<string> Columns => _sets.Select(s => s.Column).ToHashSet(StringComparer.Ordinal);

    /// <summary>Membership masks (bit i: inside set i) that respondents can have, in ascending order.</summary>
    public IReadOnlyList<int> Atoms { get; }

    /// <summary>The sets a base is the intersection of (none for everybody).</summary>
    public IReadOnlyList<int> BaseSets(string baseId)
    {
        if (_byBase.TryGetValue(baseId, out var known))
        {
            return known;
        }
        var definition = _study.Base(baseId);
        IReadOnlyList<int> sets = definition switch
        {
            { Figure: { } id } => [SetOf(_study.Figure(id))],
            { Column: { } column, Value: { } value } => [Add(new Subgroup($"base {baseId}", column, value, [], null))],
            _ => [],
        };
        _byBase[baseId] = sets;
        return sets;
    }

    /// <summary>The sets a figure counts within: its base's, and its parent's respondents if nested.</summary>
    public IReadOnlyList<int> ScopeOf(Figure f) =>
        f.Parent is null ? BaseSets(f.Base) : [.. BaseSets(f.Base), SetOf(_study.Figure(f.Parent))];

    /// <summary>Whether an atom lies inside every set of a scope.</summary>
    public static bool Within(int atom, IReadOnlyList<int> scope) => scope.All(s => (atom & (1 << s)) != 0);

    private int SetOf(Figure f)
    {
        if (_byFigure.TryGetValue(f.Id, out var index))
        {
            return index;
        }
        var scope = ScopeOf(f);
        index = Add(new Subgroup(f.Id, f.Column, f.Value, scope, f));
        _byFigure[f.Id] = index;
        return index;
    }

    private int Add(Subgroup set)
    {
        _sets.Add(set);
        return _sets.Count - 1;
    }

    private bool IsPossible(int atom)
    {
        for (var i = 0; i < _sets.Count; i++)
        {
            var inside = (atom & (1 << i)) != 0;
            if (inside && !Within(atom, _sets[i].Scope))
            {
                return false;
            }
            for (var j = 0; j < _sets.Count; j++)
            {
                if (j == i || _sets[j].Column != _sets[i].Column || !inside)
                {
                    continue;
                }
                var alsoInside = (atom & (1 << j)) != 0;
                // One value per respondent: two sets on one column with different values never share a respondent,
                // and a respondent of set i within set j's scope holding j's value is in set j.
                if (_sets[j].Value != _sets[i].Value ? alsoInside : !alsoInside && Within(atom, _sets[j].Scope))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
