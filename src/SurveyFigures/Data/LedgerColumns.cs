namespace SurveyFigures.Data;

/// <summary>The columns of a ledger (figures.csv), named once. data/README.md documents each.</summary>
public static class LedgerColumns
{
    public const string Id = "id";
    public const string Question = "question";
    public const string Kind = "kind";
    public const string LabelFr = "label_fr";
    public const string LabelEn = "label_en";
    public const string Printed = "printed";
    public const string Base = "base";
    public const string Parent = "parent";
    public const string Of = "of";
    public const string Column = "column";
    public const string Value = "value";
    public const string VerbalLow = "verbal_low";
    public const string VerbalHigh = "verbal_high";
    public const string Source = "source";

    public static readonly IReadOnlyList<string> All =
        [Id, Question, Kind, LabelFr, LabelEn, Printed, Base, Parent, Of, Column, Value, VerbalLow, VerbalHigh, Source];
}
