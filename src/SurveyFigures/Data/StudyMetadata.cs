namespace SurveyFigures.Data;

/// <summary>A document a study's figures are taken from, and the sections that figures cite.</summary>
public sealed record StudySource(string Id, string Document, string Publisher, string Date, string File, IReadOnlyDictionary<string, string> Sections);

/// <summary>A base a figure can be a share of: everybody, or a subgroup whose size is itself a published figure.</summary>
public sealed record BaseDefinition(string Id, LocalizedText Label, string? Figure = null)
{
    public const string All = "all";
}

/// <summary>A question group of the ledger (the figures.csv column 'question') and its label.</summary>
public sealed record QuestionDefinition(string Id, LocalizedText Label);

/// <summary>The category given to respondents of a single-choice question that no printed share covers.</summary>
public sealed record ResidualCategory(string Column, string Value, LocalizedText Label, LocalizedText Why);

/// <summary>The reading chosen for a nested figure that the text leaves ambiguous, and why.</summary>
public sealed record ReadingChoice(string Figure, string Chosen, LocalizedText Why);

/// <summary>The respondent-level file and what it is: synthetic until real microdata exists.</summary>
public sealed record RespondentInfo(string File, bool Synthetic, LocalizedText Note, IReadOnlyList<string> Assumptions);

public sealed record Fieldwork(DateOnly? Start, DateOnly? End);

/// <summary>The content of a study's study.json.</summary>
public sealed record StudyMetadata(
    string Id,
    LocalizedText Title,
    LocalizedText ShortTitle,
    IReadOnlyList<string> Publishers,
    LocalizedText Population,
    int SampleSize,
    Fieldwork Fieldwork,
    LocalizedText Sampling,
    string Rounding,
    IReadOnlyList<StudySource> Sources,
    IReadOnlyList<BaseDefinition> Bases,
    IReadOnlyList<QuestionDefinition> Questions,
    IReadOnlyList<ResidualCategory> Residuals,
    IReadOnlyList<ReadingChoice> Readings,
    RespondentInfo Respondents);
