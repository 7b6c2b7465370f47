using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.NotebookBackend;

/// <summary>A reader's <see cref="ViewOptions"/>, checked and turned into the library's own settings.</summary>
public static class BackendOptions
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr"];
    public static readonly IReadOnlyList<string> Methods = [.. Enum.GetValues<IntervalMethod>().Select(ProportionInterval.MethodName)];

    /// <summary>Throws an ArgumentException naming the option, the value and the valid values.</summary>
    public static void Check(ViewOptions options)
    {
        if (!Languages.Contains(options.Language))
        {
            throw new ArgumentException($"Unknown language '{options.Language}'; use one of: {string.Join(", ", Languages)}.", nameof(options));
        }
        if (options.Rule is { } rule && !Rounding.Names.Contains(rule))
        {
            throw new ArgumentException($"Unknown rounding rule '{rule}'; use one of: {string.Join(", ", Rounding.Names)} (or null for each study's own).", nameof(options));
        }
        if (!ProportionInterval.TryParseMethod(options.Interval, out _))
        {
            throw new ArgumentException($"Unknown interval method '{options.Interval}'; use one of: {string.Join(", ", Methods)}.", nameof(options));
        }
        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new ArgumentException($"Interval level {options.Level.ToString(CultureInfo.InvariantCulture)} is out of range; use a number between 0 and 1, such as 0.95.", nameof(options));
        }
        foreach (var (key, reading) in options.Readings ?? new Dictionary<string, string>())
        {
            if (NestedDenominators.Parse(reading) is null)
            {
                throw new ArgumentException($"Unknown reading '{reading}' for {key}; use one of: {string.Join(", ", NestedDenominators.Names)}.", nameof(options));
            }
        }
    }

    public static Language Language(ViewOptions options) => LocalizedText.ParseLanguage(options.Language);

    public static RecomputeOptions Recompute(ViewOptions options) =>
        new(options.Rule is { } rule ? Rounding.Parse(rule) : null, ProportionInterval.ParseMethod(options.Interval), options.Level);

    /// <summary>The study with the reader's readings of its ambiguous nested figures (unknown or non-nested figures are refused by name).</summary>
    public static Study WithReadings(Study study, ViewOptions options)
    {
        var chosen = (options.Readings ?? new Dictionary<string, string>()).Where(r => r.Key.StartsWith(study.Id + "/", StringComparison.Ordinal))
            .ToDictionary(r => r.Key[(study.Id.Length + 1)..], r => r.Value, StringComparer.Ordinal);
        if (chosen.Count == 0)
        {
            return study;
        }
        foreach (var id in chosen.Keys)
        {
            NestedFigure(study, id, nameof(options));
        }
        var figures = study.Figures.Select(f => chosen.TryGetValue(f.Id, out var reading)
            ? f with { Of = NestedDenominators.Parse(reading) }
            : f).ToList();
        return new Study(study.Folder, study.ShownFolder, study.Metadata, figures);
    }

    /// <summary>A nested figure of the study (the only kind with two readings), or an ArgumentException listing them.</summary>
    public static Figure NestedFigure(Study study, string figureId, string paramName)
    {
        var nested = study.Figures.Where(f => f.Kind == FigureKind.Nested).ToList();
        return nested.FirstOrDefault(f => f.Id == figureId)
            ?? throw new ArgumentException($"Figure '{figureId}' of study '{study.Id}' has no alternative reading; its nested figures are: {(nested.Count == 0 ? "none" : string.Join(", ", nested.Select(f => f.Id)))}.", paramName);
    }
}
