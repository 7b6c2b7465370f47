using System.Text.Json;

namespace SurveyFigures.Data;

/// <summary>Reads study.json strictly: unknown or missing members are errors that name the file, line and path.</summary>
public static class StudyMetadataReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        // A key given twice would otherwise be read silently, the last value winning.
        AllowDuplicateProperties = false,
    };

    public static StudyMetadata Read(string path, string shown)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException(shown, "file not found", expected: "a study.json describing the study");
        }
        StudyMetadata? study;
        try
        {
            study = JsonSerializer.Deserialize<StudyMetadata>(File.ReadAllBytes(path), Options);
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
        if (study.SampleSize <= 0)
        {
            throw new DataFileException(shown, "sample size must be positive", column: "sample_size", value: study.SampleSize.ToString(System.Globalization.CultureInfo.InvariantCulture), expected: "a whole number of respondents above 0");
        }
        if (study.Bases.All(b => b.Id != BaseDefinition.All))
        {
            throw new DataFileException(shown, "no base named 'all'", column: "bases", expected: "a base with id 'all' for the whole sample");
        }
        return study;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
