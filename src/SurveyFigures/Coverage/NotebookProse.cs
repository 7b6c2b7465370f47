using System.Text.Json;
using System.Text.RegularExpressions;
using SurveyFigures.Data;

namespace SurveyFigures.Coverage;

/// <summary>A percentage written in a notebook's prose (a markdown cell) and what accounts for it.</summary>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="Cell">The cell's number, from 1, counting every cell as an editor shows them.</param>
/// <param name="Figures">The figures, as study/id, printed with this value in a study the notebook opens.</param>
/// <param name="Exclusion">The exclusion that names it, when no figure prints it.</param>
internal sealed record ProseFinding(string Notebook, int Cell, PercentFinding Finding, IReadOnlyList<string> Figures, ProseExclusion? Exclusion)
{
    public bool IsAccountedFor => Figures.Count > 0 || Exclusion is not null;
}

/// <summary>One line of notebooks/prose-exclusions.csv: a percentage a notebook writes that is not a published figure, and why.</summary>
internal sealed record ProseExclusion(string Notebook, string Printed, string Why, long Line);

/// <summary>
/// Holds notebook prose to the rule the ledgers hold publishers' texts to: every percentage the narrative writes is a
/// figure that a study the notebook opens prints with that value (found by the same scanner and the same matching as
/// source coverage), or is excluded with a reason (a confidence level, a sum of shares). Without it, a ledger fix would
/// leave the old number standing in the prose of both languages.
/// </summary>
internal static partial class NotebookProse
{
    public const string ExclusionsFile = "prose-exclusions.csv";

    private static readonly string[] Columns = ["notebook", "printed", "why"];

    // A string literal in a code cell; the notebook opens every study whose id it spells.
    [GeneratedRegex("\"([a-z0-9][a-z0-9.-]*)\"")]
    private static partial Regex StringLiteral();

    /// <summary>Every problem in the notebooks of <paramref name="folder"/>, one line each naming notebook, cell and line; empty when all is accounted for.</summary>
    public static IReadOnlyList<string> Problems(string folder, IReadOnlyList<Study> studies)
    {
        var exclusionsPath = Path.Combine(folder, ExclusionsFile);
        var exclusions = File.Exists(exclusionsPath) ? ReadExclusions(exclusionsPath, Path.Combine("notebooks", ExclusionsFile)) : [];
        var notebooks = Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        var used = new HashSet<ProseExclusion>();
        foreach (var path in notebooks)
        {
            var name = Path.GetFileName(path);
            foreach (var finding in Check(name, RegularFile.ReadText(path, Path.Combine("notebooks", name), RegularFile.TextLimit), studies, exclusions))
            {
                if (finding.Exclusion is { } exclusion)
                {
                    used.Add(exclusion);
                }
                if (!finding.IsAccountedFor)
                {
                    problems.Add($"notebooks/{name}, cell {finding.Cell}, line {finding.Finding.Line}: '{finding.Finding.Printed}' is no figure printed by the studies it opens, "
                        + $"and notebooks/{ExclusionsFile} does not exclude it (in: {finding.Finding.Sentence})");
                }
            }
        }
        var names = notebooks.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(exclusions.Where(e => !used.Contains(e)).Select(e => names.Contains(e.Notebook)
            ? $"notebooks/{ExclusionsFile}, line {e.Line}: '{e.Printed}' is not written in {e.Notebook}'s prose, or a figure accounts for it (remove the line)"
            : $"notebooks/{ExclusionsFile}, line {e.Line}: no notebook '{e.Notebook}' (expected a file name under notebooks/)"));
        return problems;
    }

    /// <summary>Each percentage in the markdown cells of one notebook (its JSON text), with what accounts for it.</summary>
    public static IReadOnlyList<ProseFinding> Check(string notebook, string json, IReadOnlyList<Study> studies, IReadOnlyList<ProseExclusion> exclusions)
    {
        var cells = Cells(notebook, json);
        var opened = cells.Where(c => c.Kind == "code")
            .SelectMany(c => StringLiteral().Matches(c.Source).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var versions = studies.Where(s => opened.Contains(s.Id))
            .SelectMany(s => s.Figures.SelectMany(f => f.Versions.Select(v => (Id: $"{s.Id}/{f.Id}", Version: v))))
            .ToList();
        var findings = new List<ProseFinding>();
        foreach (var (cell, index) in cells.Select((c, i) => (c, i + 1)).Where(x => x.c.Kind == "markdown"))
        {
            foreach (var finding in PercentScanner.Scan(cell.Source))
            {
                var figures = versions.Where(v => Ties(v.Version, finding)).Select(v => v.Id).Distinct(StringComparer.Ordinal).ToList();
                var exclusion = figures.Count > 0 ? null
                    : exclusions.FirstOrDefault(e => e.Notebook == notebook && Normalised(e.Printed) == Normalised(finding.Printed));
                findings.Add(new ProseFinding(notebook, index, finding, figures, exclusion));
            }
        }
        return findings;
    }

    // As in source coverage; and prose may also state where the ledger's reading of words ends ("we read the words as
    // 60 % to 66.7 %"), which ties it to that figure.
    private static bool Ties(PrintedVersion version, PercentFinding finding) =>
        CoverageCheck.Matches(version, finding)
        || (!finding.Verbal && version.IsWords && version.Interval is { } reading && (reading.Low == finding.Value || reading.High == finding.Value));

    /// <summary>Reads notebooks/prose-exclusions.csv: notebook, printed (as written), why; every field required.</summary>
    public static IReadOnlyList<ProseExclusion> ReadExclusions(string path, string shown)
    {
        var table = CsvTable.Read(path, shown, RegularFile.TextLimit);
        table.RequireColumns(Columns);
        var exclusions = new List<ProseExclusion>();
        foreach (var line in table.Lines)
        {
            table.RequireValues(line, Columns);
            var exclusion = new ProseExclusion(table.Get(line, "notebook"), table.Get(line, "printed"), table.Get(line, "why"), line.Number);
            if (exclusions.FirstOrDefault(e => e.Notebook == exclusion.Notebook && Normalised(e.Printed) == Normalised(exclusion.Printed)) is { } first)
            {
                throw new DataFileException(shown, $"'{exclusion.Printed}' is excluded for {exclusion.Notebook} already, on line {first.Line}", line.Number, "printed",
                    exclusion.Printed, "one line per notebook and percentage; it covers every occurrence no figure accounts for");
            }
            exclusions.Add(exclusion);
        }
        return exclusions;
    }

    private static List<(string Kind, string Source)> Cells(string notebook, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("cells").EnumerateArray()
                .Select(c => (c.GetProperty("cell_type").GetString() ?? "", Source(c.GetProperty("source"))))
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DataFileException($"notebooks/{notebook}", $"not a notebook this check can read: {e.Message}", expected: "an .ipynb file (nbformat 4) with a cells array");
        }
    }

    // nbformat stores a cell's source as one string or as a list of lines.
    private static string Source(JsonElement source) => source.ValueKind == JsonValueKind.Array
        ? string.Concat(source.EnumerateArray().Select(l => l.GetString()))
        : source.GetString() ?? "";

    private static string Normalised(string printed) =>
        string.Join(' ', printed.Split([' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
