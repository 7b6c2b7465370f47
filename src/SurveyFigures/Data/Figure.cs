namespace SurveyFigures.Data;

/// <summary>What a published figure is a share of, which decides the checks that apply to it.</summary>
public enum FigureKind
{
    /// <summary>A share of a single-choice question: the categories of one column, on one base, add up to at most the base.</summary>
    Single,
    /// <summary>An item of a multi-select question: a yes/no column of its own.</summary>
    Multi,
    /// <summary>A part of another figure (its parent): the respondents counted are a subset of the parent's.</summary>
    Nested,
    /// <summary>A quantity printed in words ("près de deux tiers"), read as a numeric interval.</summary>
    Verbal,
}

/// <summary>For a nested figure, which count the printed share is taken of.</summary>
public enum NestedDenominator
{
    /// <summary>The figure's base (e.g. all 760 respondents).</summary>
    Base,
    /// <summary>The parent figure's count (e.g. the 88 % who use tools).</summary>
    Parent,
}

/// <summary>The interval, in percent, that we read a verbal quantity as.</summary>
public readonly record struct VerbalInterval(decimal Low, decimal High);

/// <summary>Where a figure is printed: a source document (by its id in study.json) and a section of it.</summary>
public sealed record SourceLocator(string Document, string Section)
{
    public override string ToString() => $"{Document}:{Section}";
}

/// <summary>
/// One row of a ledger (figures.csv): a distinct published figure, kept as printed, with what it is
/// a share of and where it was printed. The respondents it counts are those of <see cref="Base"/>
/// (and of <see cref="Parent"/>, if nested) whose <see cref="Column"/> equals <see cref="Value"/>.
/// </summary>
public sealed record Figure(
    string Id,
    string Question,
    FigureKind Kind,
    LocalizedText Label,
    string Printed,
    PrintedPercent? Percent,
    string Base,
    string? Parent,
    NestedDenominator? Of,
    string Column,
    string Value,
    VerbalInterval? Interval,
    IReadOnlyList<SourceLocator> Sources,
    long Line)
{
    /// <summary>Binary columns (multi-select items, yes/no questions, nested flags) hold 1 or 0.</summary>
    public bool IsBinary => Value == BinaryYes;

    public const string BinaryYes = "1";
    public const string BinaryNo = "0";

    /// <summary>The printed figure as a reader saw it: "54 %" or the words of a verbal quantity.</summary>
    public string PrintedDisplay => Percent is { } p ? $"{p} %" : Printed;
}
