using SurveyFigures.Data;

namespace SurveyFigures.Coverage;

/// <summary>How a percentage found in a source text is accounted for: by the ledger figures that cite it there, or by an exclusion.</summary>
internal sealed record CoverageFinding(PercentFinding Finding, string? Section, IReadOnlyList<string> Figures, CoverageExclusion? Exclusion)
{
    public bool Accounted => Figures.Count > 0 || Exclusion is not null;
}

/// <summary>A ledger version that cites a section of a text where that section prints no such value.</summary>
internal sealed record CoverageMiss(Figure Figure, PrintedVersion Version, SourceLocator Locator, string Why);

/// <summary>
/// The coverage of one source text: every percentage the scanner finds in it, each matched to ledger figures (by value
/// and by the section their locator names) or to an exclusion; the ledger versions the text does not bear out; and
/// exclusions that no longer match anything.
/// </summary>
internal sealed record SourceCoverage(
    string StudyId,
    StudySource Source,
    string File,
    bool Available,
    IReadOnlyList<CoverageFinding> Findings,
    IReadOnlyList<CoverageMiss> NotFound,
    IReadOnlyList<CoverageExclusion> UnusedExclusions)
{
    public IReadOnlyList<CoverageFinding> Unaccounted => Findings.Where(f => !f.Accounted).ToList();

    /// <summary>Every finding accounted for, every cited figure found, no stale exclusion.</summary>
    public bool Complete => Available && Unaccounted.Count == 0 && NotFound.Count == 0 && UnusedExclusions.Count == 0;

    /// <summary>One line for the console: "every one of the 40 percentages printed in 000_….txt accounted for (38 by the ledger, 2 excluded)".</summary>
    public string Summary()
    {
        if (!Available)
        {
            return $"{StudyId}: {File} ({Source.Id}) not found in the source-text folder; coverage not checked (the address is {Source.Address})";
        }
        var matched = Findings.Count(f => f.Figures.Count > 0);
        var excluded = Findings.Count(f => f.Figures.Count == 0 && f.Exclusion is not null);
        if (Complete)
        {
            return $"{StudyId}: every one of the {Findings.Count} percentages printed in {File} accounted for ({matched} by ledger figures, {excluded} excluded with a reason)";
        }
        var problems = new List<string>();
        problems.AddRange(Unaccounted.Select(u =>
            $"line {u.Finding.Line}: \"{u.Finding.Printed}\" is neither in the ledger (section {u.Section ?? "none"}) nor excluded, in: {Shorten(u.Finding.Sentence)}"));
        problems.AddRange(NotFound.Select(m => $"figure {m.Figure.Id} ({m.Version.Display}, {m.Locator}): {m.Why}"));
        problems.AddRange(UnusedExclusions.Select(e => $"exclusion of \"{e.Printed}\" on line {e.Line} matches nothing in the text"));
        return $"{StudyId}: {File}: {Findings.Count - Unaccounted.Count} of {Findings.Count} percentages accounted for; {string.Join("; ", problems)}";
    }

    /// <summary>A sentence cut to about 120 characters, for messages.</summary>
    public static string Shorten(string sentence, int max = 120) => sentence.Length <= max ? sentence : sentence[..(max - 1)].TrimEnd() + "…";
}
