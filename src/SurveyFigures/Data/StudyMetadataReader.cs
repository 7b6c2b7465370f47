using System.Text.Json;

namespace SurveyFigures.Data;

/// <summary>Reads study.json strictly: checked against <see cref="StudySchema"/>, then read; every error names the file, line and member.</summary>
internal static class StudyMetadataReader
{
    public static StudyMetadata Read(string path, string shown)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException(shown, "file not found", expected: "a study.json describing the study");
        }
        // A byte order mark is allowed (editors on Windows add one); the JSON reader would take it for a value.
        var json = StrictText.StripBom(RegularFile.ReadBytes(path, shown, RegularFile.TextLimit));
        // Checked against the schema first, for messages in our words at the member's own line.
        var tree = StudyJsonChecker.Check(json, shown);
        StudyMetadata? study;
        try
        {
            study = JsonSerializer.Deserialize<StudyMetadata>(json, StudySchema.ReaderOptions);
        }
        catch (JsonException e)
        {
            throw new DataFileException(shown, $"invalid study description at '{e.Path}': {FirstSentence(e.Message)}",
                line: e.LineNumber + 1, expected: "the members documented in data/README.md", inner: e);
        }
        if (study is null)
        {
            throw new DataFileException(shown, "the file holds null", expected: "a JSON object");
        }
        CheckSampleSize(study, tree, shown);
        if (study.Bases.All(b => b.Id != BaseDefinition.All))
        {
            throw new DataFileException(shown, "no base named 'all'", column: "bases", expected: "a base with id 'all' for the whole sample");
        }
        CheckFieldwork(study.Fieldwork, tree, shown);
        for (var i = 0; i < study.Sources.Count; i++)
        {
            // Only a name in the source-text folder; the folder itself is known when the text is read (SourceTextLoader).
            if (study.Sources[i].Text is { } text)
            {
                var member = $"sources[{i}].text.file";
                StudyFolderPath.CheckRelative(text.File, shown, member, tree.LineOf(member), SourceTextFolderName);
            }
        }
        return study;
    }

    // The sample size is printed exactly (sample_size) or only in words, each reading stated (sample_size_printed).
    private static void CheckSampleSize(StudyMetadata study, JsonTree tree, string shown)
    {
        var printed = study.SampleSizePrinted ?? [];
        if (study.SampleSize is null && printed.Count == 0)
        {
            throw new DataFileException(shown, "no sample size", tree.LineOf("sample_size"), "sample_size", "null",
                "the number of respondents, or null with \"sample_size_printed\" listing how sources print it (\"près de 1 700\") and the sizes you read that as");
        }
        if (study.SampleSize is <= 0)
        {
            throw new DataFileException(shown, "sample size must be positive", tree.LineOf("sample_size"), "sample_size",
                study.SampleSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a whole number of respondents above 0");
        }
        for (var i = 0; i < printed.Count; i++)
        {
            var p = printed[i];
            var member = $"sample_size_printed[{i}]";
            if (p.Text.Trim().Length == 0)
            {
                throw new DataFileException(shown, "a printed sample size without its words", tree.LineOf($"{member}.text"), $"{member}.text", p.Text, "the words as printed, such as près de 1 700");
            }
            if (p.Low < 1 || p.High < p.Low)
            {
                throw new DataFileException(shown, "the sizes a printed sample size is read as must be a range of whole numbers above 0",
                    tree.LineOf(p.Low < 1 ? $"{member}.low" : $"{member}.high"), p.Low < 1 ? $"{member}.low" : $"{member}.high",
                    $"{p.Low}–{p.High}", "1 ≤ low ≤ high");
            }
        }
    }

    /// <summary>How messages name the folder a source's text.file is confined to.</summary>
    public const string SourceTextFolderName = "the source-text folder";

    // Fieldwork cannot end before it starts, compared at the precision both dates share (2024-11-16 and 2024-11 agree).
    private static void CheckFieldwork(Fieldwork fieldwork, JsonTree tree, string shown)
    {
        if (PartialDate.TryParse(fieldwork.Start) is { } start && PartialDate.TryParse(fieldwork.End) is { } end
            && PartialDate.CompareAtSharedPrecision(end, start) < 0)
        {
            throw new DataFileException(shown, "fieldwork ends before it starts", tree.LineOf("fieldwork.end"), "fieldwork.end", fieldwork.End,
                $"a date on or after the start, {fieldwork.Start}");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
