using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SurveyFigures.Data;

/// <summary>
/// The shape of study.json, as a JSON Schema exported from the very type study.json is read into (so the two cannot
/// drift): the reader checks every file against it with line numbers, and data/study.schema.json publishes it so
/// editors validate study.json while it is typed.
/// </summary>
public static class StudySchema
{
    public const string FileName = "study.schema.json";

    /// <summary>The options study.json is read with: snake_case names, no unknown member, no key twice, required members required.</summary>
    public static readonly JsonSerializerOptions ReaderOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly Lazy<JsonObject> Exported = new(Export);

    /// <summary>The schema (a fresh copy).</summary>
    public static JsonObject Node => Exported.Value.DeepClone().AsObject();

    /// <summary>The schema as published in data/study.schema.json: indented, "\n" newlines, trailing newline.</summary>
    public static string Text() => Node.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }).Replace("\r\n", "\n") + "\n";

    private static JsonObject Export()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // Constraints the type system cannot say; the reader enforces them through this schema.
                switch (context.PropertyInfo?.Name)
                {
                    case "sample_size" when node is JsonObject size:
                        size["minimum"] = 1;
                        break;
                    case "rounding" when node is JsonObject rounding:
                        rounding["enum"] = new JsonArray(RoundingRules.Names.Select(n => (JsonNode?)n).ToArray());
                        break;
                    case "start" or "end" or "published" when node is JsonObject date:
                        date["pattern"] = PartialDate.Pattern;
                        date["description"] = PartialDate.Expected;
                        break;
                    case "address" when node is JsonObject address:
                        address["format"] = "uri";
                        address["pattern"] = WebAddress.Pattern;
                        address["description"] = WebAddress.Expected;
                        break;
                    case "sha256" when node is JsonObject hash:
                        hash["pattern"] = "^[0-9a-f]{64}$";
                        hash["description"] = "the SHA-256 of the file, 64 lower-case hexadecimal digits";
                        break;
                    case "sample_size_printed" when node is JsonObject printed:
                        printed["description"] = "when the sample size is printed only vaguely (sample_size null): each printing, first the one followed, as its words, a document:section locator and the sizes it is read as";
                        break;
                    case "low" or "high" when node is JsonObject bound:
                        bound["minimum"] = 1;
                        break;
                    case "weight" when node is JsonObject weight:
                        weight["description"] = "real microdata's survey weights: the respondents.csv column holding each respondent's weight (a positive number), how the weights were made, and the margins used, in words";
                        break;
                    case "method" when node is JsonObject method && method["enum"] is not null:
                        method["type"] = "string";
                        break;
                    case "strata" when node is JsonObject strata:
                        strata["description"] = "the respondents.csv column naming each respondent's stratum, when the design was stratified";
                        break;
                    case "cluster" when node is JsonObject cluster:
                        cluster["description"] = "the respondents.csv column naming each respondent's primary sampling unit, when the design sampled clusters";
                        break;
                    case "population_margins" when node is JsonObject margins:
                        margins["description"] = "population margins for the raking what-if: each a respondent column, the population's percentage in each of its values (summing to 100) and the document:section of a declared source publishing them";
                        break;
                    case "line" when node is JsonObject line:
                        line["minimum"] = 1;
                        break;
                }
                return node;
            },
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(ReaderOptions, typeof(StudyMetadata), exporter).AsObject();
        var published = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "study.json",
            ["description"] = "A study of this repository: see data/README.md. Generated from StudyMetadata by StudySchema; do not edit by hand.",
        };
        foreach (var (name, value) in schema)
        {
            published[name] = value?.DeepClone();
        }
        // The lines a cited section spans in a source text ("9-13"): a dictionary's values have no property to hook above.
        if (published["properties"]?["sources"]?["items"]?["properties"]?["text"]?["properties"]?["sections"]?["additionalProperties"] is JsonObject range)
        {
            // At most nine digits each, so a line number always fits an int (SectionLines parses them).
            range["pattern"] = "^[0-9]{1,9}(-[0-9]{1,9})?$";
            range["description"] = "the lines the section spans in the text: first-last, such as 9-13, or a single line";
        }
        // A margin's percentages: a dictionary again, so its values are constrained here.
        if (published["properties"]?["population_margins"]?["items"]?["properties"]?["percent"]?["additionalProperties"] is JsonObject percent)
        {
            percent["minimum"] = 0;
            percent["maximum"] = 100;
            percent["description"] = "the population's percentage in this value, from 0 to 100";
        }
        return published;
    }
}
