using Google.OrTools.Sat;
using SurveyFigures.Data;

namespace SurveyFigures.Consistency.Joint;

/// <summary>One printed version of a figure as a constraint of the model, switched on by its literal.</summary>
internal sealed record VersionConstraint(Figure Figure, int Index, BoolVar Literal)
{
    public PrintedVersion Version => Figure.Versions[Index];
    public bool IsPrimary => Index == 0;
}

/// <summary>
/// One integer model of a study's figures (CP-SAT): the unknowns are the sizes of the atoms its subgroups cut the sample
/// into and, per atom, the respondents holding each value of each column; every printed version is a set of linear
/// inequalities on its count and denominator, switched on by a literal of its own, so that the solver can say which
/// versions cannot hold together. No floating point: the inequalities are those of exact rounding.
/// </summary>
internal sealed class StudyModel
{
    private readonly Dictionary<string, LinearExpr> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinearExpr> _denominators = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Column, int Atom), Dictionary<string, IntVar>> _cells = [];
    private readonly Dictionary<int, string> _structure = [];
    private readonly Dictionary<string, HashSet<int>> _cellIndices = new(StringComparer.Ordinal);

    /// <param name="columns">The respondent columns of one part of the study that no figure ties to the rest (<see cref="ModelParts"/>).</param>
    public StudyModel(Study study, RoundingRule rule, Func<Figure, int, bool> includes, IReadOnlyList<string> columns)
        : this(study, rule, includes, columns, groups: null, atomSizes: null)
    {
    }

    /// <summary>
    /// The model of one column of a part whose atoms' sizes are already decided, holding that column's kept versions:
    /// with those sizes fixed, no column constrains another, so each is a small model of its own (the generator's
    /// column-by-column steps, the relaxation's check that a column fills). The subgroups are the whole part's, so that
    /// atoms mean the same memberships in both models.
    /// </summary>
    /// <param name="keeps">Which versions are kept (<see cref="Keeps"/>, built once for every column).</param>
    public static StudyModel OfColumn(StudyModel whole, Func<Figure, int, bool> keeps, string column, IReadOnlyDictionary<int, int> atomSizes) =>
        new(whole.Study, whole.Rule, keeps, [column], whole.Groups, atomSizes);

    /// <summary>Whether a figure's version is one of <paramref name="kept"/>, as a column model's filter.</summary>
    public static Func<Figure, int, bool> Keeps(IReadOnlyList<VersionConstraint> kept)
    {
        var versions = kept.Select(c => (c.Figure.Id, c.Index)).ToHashSet();
        return (f, i) => versions.Contains((f.Id, i));
    }

    private StudyModel(Study study, RoundingRule rule, Func<Figure, int, bool> includes, IReadOnlyList<string> columns, Subgroups? groups, IReadOnlyDictionary<int, int>? atomSizes)
    {
        Study = study;
        Rule = rule;
        Redundant = Model.NewBoolVar("value-by-value denominators");
        Figures = study.Figures.Where(f => columns.Contains(ColumnOf(f))).ToList();
        Groups = groups ?? new Subgroups(study, Figures);
        var sample = study.Metadata.Sample;
        var n = sample.High;
        SampleSize = atomSizes is null ? Model.NewIntVar(sample.Low, sample.High, "n") : Model.NewIntVar(atomSizes.Values.Sum(), atomSizes.Values.Sum(), "n");
        Atoms = Groups.Atoms.ToDictionary(a => a, a => atomSizes is null ? Model.NewIntVar(0, n, $"atom{a}") : Model.NewIntVar(atomSizes[a], atomSizes[a], $"atom{a}"));
        Model.Add(LinearExpr.Sum(Atoms.Values) == SampleSize);
        foreach (var column in columns)
        {
            AddColumn(column);
        }
        foreach (var f in Figures)
        {
            _counts[f.Id] = CountOf(f);
        }
        foreach (var f in Figures)
        {
            // A parent on another column (a column model) is counted by the atoms of its set, as its own column would.
            _denominators[f.Id] = f.Kind == FigureKind.Nested && f.Of == NestedDenominator.Parent
                ? _counts.GetValueOrDefault(f.Parent!) ?? SetSize(Groups.ScopeOf(f)[^1])
                : BaseSize(f.Base);
        }
        var constraints = new List<VersionConstraint>();
        foreach (var f in Figures)
        {
            for (var i = 0; i < f.Versions.Count; i++)
            {
                if (!includes(f, i))
                {
                    continue;
                }
                var literal = Model.NewBoolVar($"{f.Id}#{i}");
                ShareConstraint.Add(Model, f.Versions[i], _counts[f.Id], _denominators[f.Id], rule, literal);
                if (atomSizes is null && LikelySizes(f, rule) is { IsEmpty: false, Size: <= MaxEnumeratedDenominator } window)
                {
                    var (figure, version) = (f, f.Versions[i]);
                    _valueByValue.Add(() => AddPerDenominator(figure, version, rule, literal, window));
                }
                constraints.Add(new VersionConstraint(f, i, literal));
            }
        }
        // Followed versions first, then other sources' versions, each in ledger order: the order in which a
        // contradiction keeps figures (data/README.md).
        Constraints = constraints.OrderBy(c => c.IsPrimary ? 0 : 1).ToList();
        if (AlwaysValueByValue)
        {
            StateValueByValue();
        }
    }

    // The value-by-value statements not yet added to the model: stating them costs two constraints per likely value of
    // each unknown denominator and version (some 300,000 at 100,000 respondents), and only proofs that versions cannot
    // hold together use them, so they are stated the first time such a proof is asked for.
    private readonly List<Action> _valueByValue = [];

    /// <summary>Adds the value-by-value statement of unknown denominators (see <see cref="Redundant"/>) if it is not in the model yet.</summary>
    public void StateValueByValue()
    {
        foreach (var add in _valueByValue)
        {
            add();
        }
        _valueByValue.Clear();
    }

    public Study Study { get; }

    /// <summary>The rounding rule every share of the model is read under.</summary>
    public RoundingRule Rule { get; }

    /// <summary>The size of the whole sample: a constant, or an unknown when it is printed only vaguely.</summary>
    public IntVar SampleSize { get; }

    /// <summary>
    /// Switches on the value-by-value statement of unknown denominators. It is implied by the linear form, so it never
    /// changes an answer: it shortens proofs that figures cannot hold together and lengthens optimisations, so the
    /// solver turns it on for the first and off for the second.
    /// </summary>
    public BoolVar Redundant { get; }

    /// <summary>The figures this model counts: those on its columns, and aggregates of them.</summary>
    public IReadOnlyList<Figure> Figures { get; }
    public CpModel Model { get; } = new();
    public Subgroups Groups { get; }
    public IReadOnlyDictionary<int, IntVar> Atoms { get; }
    public IReadOnlyList<VersionConstraint> Constraints { get; }

    public LinearExpr Count(Figure f) => _counts[f.Id];
    public LinearExpr Denominator(Figure f) => _denominators[f.Id];

    /// <summary>Up to this many likely values, an unknown denominator is also enumerated value by value (see <see cref="AddPerDenominator"/>).</summary>
    public const int MaxEnumeratedDenominator = 5000;

    private readonly Dictionary<string, Dictionary<int, BoolVar>> _denominatorValues = new(StringComparer.Ordinal);

    /// <summary>
    /// The sizes the denominator has when the figure defining it holds alone (a subgroup's share of everybody, or the
    /// parent's count): where a solution is to be found, if any. Empty when no single figure of the whole sample defines it.
    /// </summary>
    private CountRange LikelySizes(Figure f, RoundingRule rule)
    {
        var sample = Study.Metadata.Sample;
        if (IsWholeSample(f))
        {
            // The whole sample's size is unknown only when printed vaguely: then it is any size of the reading.
            return sample.IsExact ? CountRange.Empty : new CountRange(sample.Low, sample.High);
        }
        var defining = f.Kind == FigureKind.Nested && f.Of == NestedDenominator.Parent
            ? Study.Figure(f.Parent!)
            : Study.Base(f.Base).Figure is { } id ? Study.Figure(id) : null;
        return defining is null || !IsWholeSample(defining) || defining.Kind == FigureKind.Aggregate
            ? CountRange.Empty
            : ConsistencyChecker.Union(sample.Sizes.ToList(), n => PrintedCounts.For(defining, n, rule));
    }

    /// <summary>
    /// The same constraint, stated for each likely value of the denominator: "if d is v, the count lies in the range
    /// that prints as the figure out of v". Implied by the linear form, so it changes no answer, but the solver
    /// propagates it directly, where the product of two unknowns can leave it searching long for a proof that no
    /// (count, d) pair fits. Values outside the window keep the linear form alone.
    /// </summary>
    private void AddPerDenominator(Figure f, PrintedVersion version, RoundingRule rule, ILiteral literal, CountRange window)
    {
        var key = DenominatorKey(f);
        if (!_denominatorValues.TryGetValue(key, out var values))
        {
            // One-hot over the window, plus "below it" and "above it": d = Σ v·[d = v] + below + above, exactly one
            // of them chosen. Linear, so the solver's relaxation sees it, unlike a != per value.
            var n = Study.Metadata.Sample.High;
            values = Enumerable.Range(window.Min, window.Size).Where(v => v > 0).ToDictionary(v => v, v => Model.NewBoolVar($"{key}={v}"));
            var isBelow = Model.NewBoolVar($"{key}<{window.Min}");
            var isAbove = Model.NewBoolVar($"{key}>{window.Max}");
            var below = Model.NewIntVar(0, Math.Max(0, window.Min - 1), $"{key} below");
            var above = Model.NewIntVar(0, n, $"{key} above");
            Model.Add(below == 0).OnlyEnforceIf([isBelow.Not(), Redundant]);
            Model.Add(above == 0).OnlyEnforceIf([isAbove.Not(), Redundant]);
            Model.Add(above >= window.Max + 1).OnlyEnforceIf([isAbove, Redundant]);
            Model.Add(LinearExpr.Sum(values.Values.Append(isBelow).Append(isAbove)) == 1).OnlyEnforceIf(Redundant);
            Model.Add(_denominators[f.Id] == LinearExpr.WeightedSum(values.Values, values.Keys.Select(v => (long)v)) + below + above).OnlyEnforceIf(Redundant);
            _denominatorValues[key] = values;
        }
        var count = _counts[f.Id];
        foreach (var (v, b) in values)
        {
            var range = PrintedCounts.For(version, v, rule);
            if (range.IsEmpty)
            {
                Model.AddBoolOr([literal.Not(), b.Not(), Redundant.Not()]);
                continue;
            }
            Model.Add(count >= range.Min).OnlyEnforceIf([literal, b, Redundant]);
            Model.Add(count <= range.Max).OnlyEnforceIf([literal, b, Redundant]);
        }
    }

    /// <summary>The respondent column a figure counts; an aggregate counts its parts' (one column, checked on load).</summary>
    public string ColumnOf(Figure f) => f.Kind == FigureKind.Aggregate ? Study.Figure(f.Parts[0]).Column : f.Column;

    /// <summary>What a figure's denominator is, as a name shared by every figure with the same one.</summary>
    public string DenominatorKey(Figure f) => f.Kind == FigureKind.Nested && f.Of == NestedDenominator.Parent ? $"parent {f.Parent}" : $"base {f.Base}";

    /// <summary>
    /// Whether no share of the whole sample sizes a figure's denominator: a subgroup no figure defines, or one whose
    /// defining figure is itself counted within a subgroup or an aggregate. Its size is then bounded from below by the
    /// shares counted out of it (<see cref="SizeBounds"/>); a size a share of everybody defines has a window of likely values instead.
    /// </summary>
    public bool HasUnprintedDenominator(Figure f) => !HasKnownDenominator(f) && LikelySizes(f, Rule).IsEmpty;

    /// <summary>Whether a figure's denominator is a known number: the whole sample's size, printed exactly.</summary>
    public bool HasKnownDenominator(Figure f) => IsWholeSample(f) && Study.Metadata.Sample.IsExact;

    /// <summary>
    /// Whether every question keeps the value-by-value denominators on: where the sample size is itself unknown, every
    /// share of the whole sample is a product of two unknowns without them, and optimisations stay open (measured on
    /// tests/Fixtures/studies/printed-shapes). Elsewhere they only help proofs.
    /// </summary>
    public bool AlwaysValueByValue => !Study.Metadata.Sample.IsExact;

    /// <summary>Whether a figure is a share of the whole sample (whose size may still be printed only vaguely).</summary>
    public bool IsWholeSample(Figure f) => Groups.BaseSets(f.Base).Count == 0 && !(f.Kind == FigureKind.Nested && f.Of == NestedDenominator.Parent);

    /// <summary>
    /// The column whose cells a constraint of <see cref="Model"/> ties together (cells adding up to their atom, a
    /// subgroup's cells), by the constraint's index; null for a version's constraint or the atoms' sum.
    /// </summary>
    public string? StructureOf(int constraint) => _structure.GetValueOrDefault(constraint);

    /// <summary>The indices of a column's cell variables in <see cref="Model"/> (kept as a set: every relaxed question reads them).</summary>
    public IReadOnlySet<int> CellIndices(string column) => _cellIndices.TryGetValue(column, out var indices) ? indices : [];

    /// <summary>The respondents of one atom holding each value of a column (the value "" is everyone else), or null outside the column's scope.</summary>
    public IReadOnlyDictionary<string, IntVar>? Cells(string column, int atom) => _cells.GetValueOrDefault((column, atom));

    public LinearExpr BaseSize(string baseId)
    {
        var sets = Groups.BaseSets(baseId);
        return LinearExpr.Sum(Groups.Atoms.Where(a => Subgroups.Within(a, sets)).Select(a => Atoms[a]));
    }

    private LinearExpr SetSize(int set) => LinearExpr.Sum(Groups.Atoms.Where(a => (a & (1 << set)) != 0).Select(a => Atoms[a]));

    private LinearExpr CountOf(Figure f)
    {
        if (f.Kind == FigureKind.Aggregate)
        {
            return LinearExpr.Sum(f.Parts.Select(p => CountOf(Study.Figure(p))));
        }
        var scope = Groups.ScopeOf(f);
        return LinearExpr.Sum(Groups.Atoms.Where(a => Subgroups.Within(a, scope)).Select(a => _cells[(f.Column, a)][f.Value]));
    }

    /// <summary>
    /// A column's cells: in each atom inside the scope of one of its figures or subgroups, a count per value and one for
    /// everyone else (""), adding up to the atom. Outside every such scope no figure looks at the column, and the rows
    /// give it the "everyone else" value.
    /// </summary>
    private void AddColumn(string column)
    {
        var figures = Figures.Where(f => f.Kind != FigureKind.Aggregate && f.Column == column).ToList();
        var sets = Groups.Sets.Select((s, i) => (Set: s, Index: i)).Where(s => s.Set.Column == column).ToList();
        var scopes = figures.Select(Groups.ScopeOf).Concat(sets.Select(s => s.Set.Scope)).ToList();
        var values = figures.Select(f => f.Value).Concat(sets.Select(s => s.Set.Value)).Distinct(StringComparer.Ordinal).ToList();
        // A single-choice question with no declared residual: everyone it was asked of holds one of its printed values.
        var categories = figures.Where(f => f.Kind is FigureKind.Single or FigureKind.Verbal && !f.IsBinary).ToList();
        var closed = categories.Count > 0 && Study.Residual(column) is null;
        var n = Study.Metadata.Sample.High;
        var first = Model.Model.Constraints.Count;
        foreach (var atom in Groups.Atoms.Where(a => scopes.Any(s => Subgroups.Within(a, s))))
        {
            var cells = values.ToDictionary(v => v, v => Model.NewIntVar(0, n, $"{column}={v}@{atom}"), StringComparer.Ordinal);
            var rest = Model.NewIntVar(0, n, $"{column}=*@{atom}");
            Model.Add(LinearExpr.Sum(cells.Values) + rest == Atoms[atom]);
            if (closed && categories.Any(f => Subgroups.Within(atom, Groups.ScopeOf(f))))
            {
                Model.Add(rest == 0);
            }
            foreach (var (set, index) in sets)
            {
                // A subgroup is exactly the respondents of its scope holding its value.
                if ((atom & (1 << index)) != 0)
                {
                    Model.Add(cells[set.Value] == Atoms[atom]);
                }
                else if (Subgroups.Within(atom, set.Scope))
                {
                    Model.Add(cells[set.Value] == 0);
                }
            }
            cells[""] = rest;
            _cells[(column, atom)] = cells;
        }
        for (var i = first; i < Model.Model.Constraints.Count; i++)
        {
            _structure[i] = column;
        }
        _cellIndices[column] = _cells.Where(c => string.Equals(c.Key.Column, column, StringComparison.Ordinal)).SelectMany(c => c.Value.Values).Select(v => v.GetIndex()).ToHashSet();
    }
}
