namespace SurveyFigures.Data;

/// <summary>
/// A document a study's figures are taken from: what it is, who published it and when, its public address and the day
/// we read it there, the sections that figures cite and, where we keep a copy of its text, that copy's name and hash.
/// </summary>
public sealed record StudySource(
    string Id,
    string Document,
    string Publisher,
    string Published,
    string Address,
    DateOnly Retrieved,
    IReadOnlyDictionary<string, string> Sections,
    LocalizedText? Title = null,
    SourceText? Text = null)
{
    /// <summary>The document's title in the view's language where a translation is recorded, otherwise as published.</summary>
    public string TitleIn(Language language) => Title?.In(language) ?? Document;
}

/// <summary>
/// A local copy of a source's text, in the source-text folder (not in the repository): its file name, its SHA-256 (so a
/// changed document is noticed), the lines each cited section spans, and percentages printed in it that are not survey
/// figures.
/// </summary>
public sealed record SourceText(string File, string Sha256, IReadOnlyDictionary<string, string> Sections, IReadOnlyList<CoverageExclusion> Exclusions);

/// <summary>A percentage printed in a source text that is deliberately not in the ledger, and why (a year, a reading time, a brand name).</summary>
public sealed record CoverageExclusion(string Printed, int Line, string Why);

/// <summary>
/// A base a figure can be a share of: everybody, a subgroup whose size is itself a published figure, or a subgroup whose
/// size is not published, known to the rows by a respondent column and value (<see cref="Column"/>, <see cref="Value"/>).
/// </summary>
public sealed record BaseDefinition(string Id, LocalizedText Label, string? Figure = null, string? Column = null, string? Value = null)
{
    public const string All = "all";
}

/// <summary>A question group of the ledger (the figures.csv column 'question') and its label.</summary>
public sealed record QuestionDefinition(string Id, LocalizedText Label);

/// <summary>The category given to respondents of a single-choice question that no printed share covers.</summary>
public sealed record ResidualCategory(string Column, string Value, LocalizedText Label, LocalizedText Why);

/// <summary>The reading chosen for a nested figure that the text leaves ambiguous, and why.</summary>
public sealed record ReadingChoice(string Figure, string Chosen, LocalizedText Why);

/// <summary>
/// The respondent-level file and what it is: synthetic until real microdata exists. Real microdata usually carry survey
/// weights (<see cref="Weight"/>) and may declare their design's strata and clusters (columns of the file), which the
/// weighted analysis uses for its variances.
/// </summary>
public sealed record RespondentInfo(
    string File,
    bool Synthetic,
    LocalizedText Note,
    IReadOnlyList<string> Assumptions,
    WeightInfo? Weight = null,
    string? Strata = null,
    string? Cluster = null);

/// <summary>How a study's weights were made: post-stratification, raking (calibration to several margins) or the design's own.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<WeightMethod>))]
public enum WeightMethod
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("post-stratification")]
    PostStratification,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("raking")]
    Raking,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("design")]
    Design,
}

/// <summary>
/// The column of respondents.csv holding each respondent's survey weight (positive), how the weights were made, and
/// the margins they were adjusted to, in words (a published weighting is described, not recomputed).
/// </summary>
public sealed record WeightInfo(string Column, WeightMethod Method, LocalizedText Margins);

/// <summary>
/// A population margin a study may declare for the raking what-if: a respondent column, the population's percentage
/// in each of its values (summing to exactly 100) and the <c>document:section</c> of the declared source that
/// publishes them (a census, a professional register).
/// </summary>
public sealed record PopulationMargin(string Column, IReadOnlyDictionary<string, decimal> Percent, string Source);

/// <summary>When the survey ran, to the precision published: a day (2024-11-16) or a month (2024-07).</summary>
public sealed record Fieldwork(string? Start, string? End);

/// <summary>When the survey ran, in words at its published precision: "16 novembre 2024 – 15 janvier 2025", "July 2024 – January 2025".</summary>
internal static class FieldworkText
{
    public static string In(Fieldwork fieldwork, Language language) =>
        PartialDate.TryParse(fieldwork.Start) is { } start && PartialDate.TryParse(fieldwork.End) is { } end
            ? $"{start.Format(language)} – {end.Format(language)}"
            : language == Language.Fr ? "non publiées" : "not published";
}

/// <summary>
/// The content of a study's study.json. The sample size is <see cref="SampleSize"/> when printed exactly; when it is
/// printed only vaguely, <c>sample_size</c> is null and <see cref="SampleSizePrinted"/> gives each printing with the
/// sizes we read it as. Everything else reads <see cref="Sample"/>.
/// </summary>
public sealed record StudyMetadata(
    string Id,
    LocalizedText Title,
    LocalizedText ShortTitle,
    IReadOnlyList<string> Publishers,
    LocalizedText Population,
    int? SampleSize,
    Fieldwork Fieldwork,
    LocalizedText Sampling,
    string Rounding,
    IReadOnlyList<StudySource> Sources,
    IReadOnlyList<BaseDefinition> Bases,
    IReadOnlyList<QuestionDefinition> Questions,
    IReadOnlyList<ResidualCategory> Residuals,
    IReadOnlyList<ReadingChoice> Readings,
    RespondentInfo Respondents,
    IReadOnlyList<PrintedSampleSize>? SampleSizePrinted = null,
    IReadOnlyList<PopulationMargin>? PopulationMargins = null)
{
    private SampleSizeRange? _sample;

    /// <summary>The sizes the whole sample can have (checked on load: one of the two members is given).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SampleSizeRange Sample => _sample ??= SampleSizeRange.Of(SampleSize, SampleSizePrinted ?? []);
}
