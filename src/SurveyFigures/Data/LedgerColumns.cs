namespace SurveyFigures.Data;

/// <summary>The columns of a ledger (figures.csv), named once. data/README.md documents each.</summary>
internal static class LedgerColumns
{
    public const string Id = "id";
    public const string Question = "question";
    public const string Kind = "kind";
    public const string LabelFr = "label_fr";
    public const string LabelEn = "label_en";
    public const string Printed = "printed";
    public const string Qualifier = "qualifier";
    public const string Base = "base";
    public const string Parent = "parent";
    public const string Of = "of";
    public const string Parts = "parts";
    public const string Column = "column";
    public const string Value = "value";
    public const string ReadLow = "read_low";
    public const string ReadHigh = "read_high";
    public const string Source = "source";
    public const string Note = "note";
    public const string Words = "words";
    public const string Unit = "unit";

    /// <summary>Columns every ledger has.</summary>
    public static readonly IReadOnlyList<string> Required =
        [Id, Question, Kind, LabelFr, LabelEn, Printed, Base, Column, Value, Source];

    /// <summary>Columns a ledger may leave out when none of its rows needs them; a column outside both lists is an error.</summary>
    public static readonly IReadOnlyList<string> Optional = [Qualifier, Parent, Of, Parts, ReadLow, ReadHigh, Words, Unit, Note];

    /// <summary>The item columns: a second row for the same id (another printed version) leaves them empty or repeats them.</summary>
    public static readonly IReadOnlyList<string> Item = [Question, Kind, LabelFr, LabelEn, Base, Parent, Of, Parts, Column, Value];
}
