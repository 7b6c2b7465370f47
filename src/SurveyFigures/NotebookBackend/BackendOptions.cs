using System.Globalization;
using SurveyFigures.Consistency;
using SurveyFigures.Data;
using SurveyFigures.Notebook.Contracts;
using SurveyFigures.Recomputation;
using SurveyFigures.Statistics;

namespace SurveyFigures.NotebookBackend;

/// <summary>A reader's <see cref="ViewOptions"/>, checked and turned into the library's own settings.</summary>
internal static class BackendOptions
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr"];
    /// <summary>The interval names a reader may pass: the four of a count, and the weighted methods (weighted studies only), as <c>--ci</c> takes them.</summary>
    public static readonly IReadOnlyList<string> Methods = IntervalChoice.Names;

    /// <summary>
    /// The options with every name in its canonical spelling (rule, interval method, language and reading names are
    /// case-insensitive). A wrong value is an ArgumentException whose parameter is the facade's argument ("rule",
    /// "interval", "level", "language", "reading"), whose message starts with it and lists the valid values.
    /// </summary>
    public static ViewOptions Check(ViewOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var language = Pick(options.Language, Languages, "language", "language");
        var rule = options.Rule is null ? null : Pick(options.Rule, RoundingRules.Names, "rule", "rounding rule", " (or null for each study's own)");
        var interval = Pick(options.Interval, Methods, "interval", "interval method");
        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new ArgumentException($"level: {options.Level.ToString(CultureInfo.InvariantCulture)} is out of range; use a number between 0 and 1, such as 0.95.", "level");
        }
        var readings = options.Readings?.ToDictionary(r => r.Key, r => Pick(r.Value, NestedDenominators.Names, "reading", $"reading for {r.Key}"), StringComparer.Ordinal);
        return options with { Language = language, Rule = rule, Interval = interval, Readings = readings };
    }

    /// <summary>The valid value <paramref name="value"/> names, ignoring case and surrounding spaces, or an ArgumentException listing them.</summary>
    public static string Pick(string? value, IReadOnlyList<string> valid, string paramName, string what, string? more = null) =>
        valid.FirstOrDefault(v => string.Equals(v, value?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"{paramName}: unknown {what} '{value}'; use one of: {string.Join(", ", valid)}{more}.", paramName);

    public static Language Language(ViewOptions options) => LocalizedText.ParseLanguage(options.Language);

    public static RecomputeOptions Recompute(ViewOptions options) =>
        IntervalChoice.Apply(new RecomputeOptions(options.Rule is { } rule ? RoundingRules.Parse(rule) : null, IntervalLevel: options.Level), options.Interval);

    /// <summary>
    /// The options for one study: a weighted interval method asked of a study without weights is refused under the
    /// reader's argument name, "interval", naming the study and the methods that apply to it.
    /// </summary>
    public static RecomputeOptions RecomputeFor(Study study, ViewOptions options)
    {
        var recompute = Recompute(options);
        return IntervalChoice.WhyNot(study, recompute) is { } reason ? throw new ArgumentException($"interval: {reason}", "interval") : recompute;
    }

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
            NestedFigure(study, id, "figureId");
        }
        var figures = study.Figures.Select(f => chosen.TryGetValue(f.Id, out var reading)
            ? f with { Of = NestedDenominators.Parse(reading) }
            : f).ToList();
        return new Study(study.Folder, study.ShownFolder, study.Metadata, figures);
    }

    /// <summary>A figure of the study, or an ArgumentException saying there is no such figure and naming a few that exist.</summary>
    public static Figure Figure(Study study, string figureId, string paramName)
    {
        if (study.Figures.FirstOrDefault(f => f.Id == figureId) is { } figure)
        {
            return figure;
        }
        const int Few = 8;
        var ids = study.Figures.Select(f => f.Id).ToList();
        var listed = string.Join(", ", ids.Take(Few)) + (ids.Count > Few ? $", … ({ids.Count} figures in all)" : "");
        throw new ArgumentException($"{paramName}: no such figure '{figureId}' in study '{study.Id}'; its figures are {listed}.", paramName);
    }

    /// <summary>A nested figure of the study (the only kind with two readings), or an ArgumentException listing them.</summary>
    public static Figure NestedFigure(Study study, string figureId, string paramName)
    {
        var figure = Figure(study, figureId, paramName);
        var nested = study.Figures.Where(f => f.Kind == FigureKind.Nested).ToList();
        return figure.Kind == FigureKind.Nested ? figure
            : throw new ArgumentException($"{paramName}: figure '{figureId}' of study '{study.Id}' has no alternative reading; its nested figures are: {(nested.Count == 0 ? "none" : string.Join(", ", nested.Select(f => f.Id)))}.", paramName);
    }
}
