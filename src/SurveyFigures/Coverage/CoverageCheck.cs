using SurveyFigures.Data;

namespace SurveyFigures.Coverage;

/// <summary>
/// Checks that a ledger accounts for every percentage printed in each available source text (in the manner of
/// statcheck, which extracts every reported statistic from a text): each finding must be a ledger version citing the
/// section it sits in with the same value, or an exclusion with its reason; and each version citing a section must be
/// printed there.
/// </summary>
internal static class CoverageCheck
{
    public static IReadOnlyList<SourceCoverage> Check(Study study, IReadOnlyList<LoadedSourceText> texts) =>
        texts.Select(t => Check(study, t)).ToList();

    public static SourceCoverage Check(Study study, LoadedSourceText loaded)
    {
        var declared = loaded.Declared;
        if (loaded.Text is not { } text)
        {
            return new SourceCoverage(study.Id, loaded.Source, declared.File, false, [], [], []);
        }
        var lineCount = text.Split('\n').Length;
        var sections = SectionLines.ParseAll(declared.Sections);

        // A number printed with words for it in the same sentence ("plus de la moitié (53 %)") accounts for both
        // occurrences: the words stand as a version of their own, at the same locators.
        var versions = study.Figures.SelectMany(f => f.Versions.SelectMany(v => v.Words.Length == 0
                ? [(Figure: f, Version: v)]
                : new[] { (Figure: f, Version: v), (Figure: f, Version: v with { Printed = v.Words, Percent = null, Qualifier = Qualifier.None, Words = "" }) }))
            .SelectMany(x => x.Version.Sources.Where(l => l.Document == loaded.Source.Id).Select(l => (x.Figure, x.Version, Locator: l)))
            .ToList();
        // One citation accounts for one occurrence: two figures printed 67 % in one section need two ledger citations,
        // so deleting either leaves an occurrence unaccounted. A figure printed twice in a section cites it twice.
        var used = new bool[versions.Count];
        var findings = new List<CoverageFinding>();
        var usedExclusions = new HashSet<CoverageExclusion>();
        foreach (var finding in PercentScanner.Scan(text))
        {
            var section = SectionLines.SectionOf(finding.Line, sections);
            var citation = Enumerable.Range(0, versions.Count).FirstOrDefault(i => !used[i] && versions[i].Locator.Section == section && Matches(versions[i].Version, finding), -1);
            var figures = citation < 0 ? [] : new[] { versions[citation].Figure.Id };
            if (citation >= 0)
            {
                used[citation] = true;
            }
            var exclusion = declared.Exclusions.FirstOrDefault(e => e.Line == finding.Line && Same(e.Printed, finding.Printed));
            if (exclusion is not null)
            {
                usedExclusions.Add(exclusion);
            }
            findings.Add(new CoverageFinding(finding, section, figures, exclusion));
        }
        // A printed count is not a percentage, so the scan above never meets it: it is found where it is cited, as the
        // same digits standing alone ("197", "1 850" with any space between groups).
        var lines = text.Split('\n');
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i].Version.Count is not null && sections.TryGetValue(versions[i].Locator.Section, out var span) && span.Last <= lineCount)
            {
                used[i] = PrintsCount(string.Join('\n', lines[(span.First - 1)..span.Last]), versions[i].Version.Printed);
            }
        }
        var notFound = new List<CoverageMiss>();
        for (var i = 0; i < versions.Count; i++)
        {
            var (figure, version, locator) = versions[i];
            if (!sections.TryGetValue(locator.Section, out var range))
            {
                notFound.Add(new CoverageMiss(figure, version, locator, $"section '{locator.Section}' has no line range under text.sections, so it cannot be checked"));
            }
            else if (range.Last > lineCount)
            {
                notFound.Add(new CoverageMiss(figure, version, locator, $"section '{locator.Section}' is declared on lines {range.First}-{range.Last}, but the text has {lineCount} lines"));
            }
            else if (!used[i])
            {
                notFound.Add(new CoverageMiss(figure, version, locator, $"lines {range.First}-{range.Last} print no such value (or print it fewer times than the ledger cites it there)"));
            }
        }
        var unused = declared.Exclusions.Where(e => !usedExclusions.Contains(e)).ToList();
        return new SourceCoverage(study.Id, loaded.Source, declared.File, true, findings, notFound, unused);
    }

    /// <summary>
    /// A number matches a version with the same value (and any qualifier). Words match a version printed in words that
    /// are the words found, or those words after a few words (a qualifier, "près de") that the text prints just before
    /// them: containing the words is not enough, or "pas la moitié" or a formula around "la moitié" would pass.
    /// </summary>
    public static bool Matches(PrintedVersion version, PercentFinding finding)
    {
        if (!finding.Verbal)
        {
            return version.Percent is { } p && finding.Value == p.Value;
        }
        var printed = Normalise(version.Printed);
        var found = Normalise(finding.Printed);
        if (!version.IsWords || !printed.EndsWith(found, StringComparison.Ordinal))
        {
            return false;
        }
        var qualifier = printed[..^found.Length];
        if (qualifier.Length == 0)
        {
            return true;
        }
        var before = Normalise(finding.Before) + " ";
        return qualifier[^1] == ' ' && qualifier.All(c => char.IsLetter(c) || c is ' ' or '\'' or '’')
            && before.EndsWith(qualifier, StringComparison.Ordinal)
            && (before.Length == qualifier.Length || !char.IsLetterOrDigit(before[^(qualifier.Length + 1)]));
    }

    private static bool PrintsCount(string text, string printed)
    {
        var groups = printed.Split([' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        var pattern = "(?<![0-9])" + string.Join("[ \u00A0\u202F]", groups) + "(?![0-9])";
        return System.Text.RegularExpressions.Regex.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    private static bool Same(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '\u00A0', '\u202F', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
