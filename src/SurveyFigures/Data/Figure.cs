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
    /// <summary>A sum of other single-choice figures of the ledger printed as one share (24 % = 5 + 3 + 16): checked against its parts, never a category of its own.</summary>
    Aggregate,
}

/// <summary>For a nested figure, which count the printed share is taken of.</summary>
public enum NestedDenominator
{
    /// <summary>The figure's base (e.g. all 760 respondents).</summary>
    Base,
    /// <summary>The parent figure's count (e.g. the 88 % who use tools).</summary>
    Parent,
}

/// <summary>The readings of a nested share as figures.csv, study.json and notebook options write them.</summary>
internal static class NestedDenominators
{
    public static readonly IReadOnlyList<string> Names = ["base", "parent"];

    public static string Name(NestedDenominator of) => of == NestedDenominator.Base ? "base" : "parent";

    public static NestedDenominator? Parse(string text) => text switch
    {
        "base" => NestedDenominator.Base,
        "parent" => NestedDenominator.Parent,
        _ => null,
    };
}

/// <summary>The interval, in percent, that we read a verbal quantity as.</summary>
public readonly record struct VerbalInterval(decimal Low, decimal High);

/// <summary>Where a figure is printed: a source document (by its id in study.json) and a section of it.</summary>
public sealed record SourceLocator(string Document, string Section)
{
    public override string ToString() => $"{Document}:{Section}";
}

/// <summary>
/// One item of a ledger (figures.csv): a distinct published figure with what it is a share of, and every version of it
/// that a source printed. The respondents it counts are those of <see cref="Base"/> (and of <see cref="Parent"/>, if
/// nested) whose <see cref="Column"/> equals <see cref="Value"/>; an aggregate counts its <see cref="Parts"/> together.
/// The first version (<see cref="Primary"/>) is the one the reconstruction follows; its fields are repeated here.
/// </summary>
public sealed record Figure(
    string Id,
    string Question,
    FigureKind Kind,
    LocalizedText Label,
    string Base,
    string? Parent,
    NestedDenominator? Of,
    IReadOnlyList<string> Parts,
    string Column,
    string Value,
    IReadOnlyList<PrintedVersion> Versions)
{
    public PrintedVersion Primary => Versions[0];

    /// <summary>Versions printed by other sources (or in other words), after the primary one.</summary>
    public IEnumerable<PrintedVersion> OtherVersions => Versions.Skip(1);

    public string Printed => Primary.Printed;
    public PrintedPercent? Percent => Primary.Percent;
    public Qualifier Qualifier => Primary.Qualifier;
    public VerbalInterval? Interval => Primary.Interval;
    public IReadOnlyList<SourceLocator> Sources => Primary.Sources;
    public string Note => Primary.Note;
    public long Line => Primary.Line;

    /// <summary>Binary columns (multi-select items, yes/no questions, nested flags) hold 1 or 0.</summary>
    public bool IsBinary => Value == BinaryYes;

    /// <summary>A plain printed number (no qualifier, not words): the only form rounding rules apply to.</summary>
    public bool IsPlainNumber => Percent is not null && Qualifier == Qualifier.None;

    public const string BinaryYes = "1";
    public const string BinaryNo = "0";

    /// <summary>The printed figure as a reader saw it: "54 %", "> 72 %" or the words of a verbal quantity.</summary>
    public string PrintedDisplay => Primary.Display;
}
