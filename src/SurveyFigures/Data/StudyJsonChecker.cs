using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyFigures.Data;

/// <summary>
/// Checks study.json against <see cref="StudySchema"/> before it is read, so every problem is told in our words at the
/// line of the member itself: a missing member (at the object that lacks it), an unknown one, a wrong type ("540" where a
/// whole number belongs), a number out of range, a value outside a list, a malformed date, a key given twice.
/// </summary>
internal static class StudyJsonChecker
{
    /// <summary>Checks the file and returns its tree, whose lines later checks report at.</summary>
    public static JsonTree Check(byte[] json, string shownFile)
    {
        var tree = JsonTree.Parse(json, shownFile);
        Check(tree, StudySchema.Node, shownFile);
        return tree;
    }

    private static void Check(JsonTree value, JsonObject schema, string file)
    {
        var types = Types(schema);
        var kind = Kind(value);
        if (kind == "number" && types.Contains("integer") && !types.Contains("number"))
        {
            // 540.5 where a count belongs: say it is not whole, rather than only that it is the wrong kind.
            kind = "integer";
        }
        if (!types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            throw Bad(value, file, $"wrong kind of value, {Found(value)}", Expected(schema));
        }
        switch (kind)
        {
            case "object": CheckObject(value, schema, file); break;
            case "array":
                if (schema["items"] is JsonObject items)
                {
                    value.Items.ForEach(item => Check(item, items, file));
                }
                break;
            case "integer" when !types.Contains("integer"): CheckNumber(value, schema, file); break;
            case "integer": CheckInteger(value, schema, file); break;
            case "number": CheckNumber(value, schema, file); break;
            case "string": CheckString(value, schema, file); break;
        }
    }

    private static void CheckObject(JsonTree value, JsonObject schema, string file)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        foreach (var (name, member, line) in value.Members)
        {
            if (properties[name] is JsonObject known)
            {
                Check(member, known, file);
            }
            else if (schema["additionalProperties"] is JsonObject any)
            {
                Check(member, any, file);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
            {
                throw new DataFileException(file, $"unknown member '{name}'", line, member.Path,
                    expected: $"only the members {string.Join(", ", properties.Select(p => p.Key))} here (see data/README.md)");
            }
        }
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            if (value.Members.All(m => m.Name != required))
            {
                var where = value.Path.Length == 0 ? "the top-level object" : $"'{value.Path}'";
                throw new DataFileException(file, $"missing member '{required}' in {where}", value.Line,
                    value.Path.Length == 0 ? required : $"{value.Path}.{required}",
                    expected: $"a member \"{required}\": {Expected((JsonObject)properties[required]!)}");
            }
        }
    }

    private static void CheckInteger(JsonTree value, JsonObject schema, string file)
    {
        if (!decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
        {
            throw Bad(value, file, "not a whole number", Expected(schema));
        }
        if (number is > int.MaxValue or < int.MinValue)
        {
            throw Bad(value, file, "a number out of range", $"a whole number up to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}");
        }
        if (schema["minimum"] is JsonValue minimum && number < decimal.Parse(minimum.ToJsonString(), CultureInfo.InvariantCulture))
        {
            throw Bad(value, file, "a number out of range", Expected(schema));
        }
    }

    // JSON has no NaN or infinity, but 1e400 is a number no decimal holds: refused here in our words, not by the reader.
    private static void CheckNumber(JsonTree value, JsonObject schema, string file)
    {
        if (!decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || (schema["minimum"] is JsonValue min && number < decimal.Parse(min.ToJsonString(), CultureInfo.InvariantCulture))
            || (schema["maximum"] is JsonValue max && number > decimal.Parse(max.ToJsonString(), CultureInfo.InvariantCulture)))
        {
            throw Bad(value, file, "a number out of range", Expected(schema));
        }
    }

    private static void CheckString(JsonTree value, JsonObject schema, string file)
    {
        if (schema["enum"] is JsonArray allowed && allowed.All(a => a!.GetValue<string>() != value.Text))
        {
            throw Bad(value, file, "not one of the names allowed here", Expected(schema));
        }
        if (schema["format"]?.GetValue<string>() == "uri" && !WebAddress.IsValid(value.Text))
        {
            throw Bad(value, file, "not an absolute https: or http: address", WebAddress.Expected);
        }
        if (schema["pattern"] is JsonValue pattern && !System.Text.RegularExpressions.Regex.IsMatch(value.Text ?? "", pattern.GetValue<string>()))
        {
            throw Bad(value, file, "not in the expected form", Expected(schema));
        }
        if (schema["format"]?.GetValue<string>() == "date"
            && !DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw Bad(value, file, "not a date", Expected(schema));
        }
        // The pattern allows 2024-02-31; a date must also be on the calendar.
        if (schema["pattern"]?.GetValue<string>() == PartialDate.Pattern && PartialDate.TryParse(value.Text) is null)
        {
            throw Bad(value, file, "not a calendar date", PartialDate.Expected);
        }
    }

    private static DataFileException Bad(JsonTree value, string file, string problem, string expected) =>
        new(file, problem, value.Line, value.Path, value.Text ?? Found(value), expected);

    private static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
        JsonValue one => [one.GetValue<string>()],
        _ => ["object", "array", "string", "integer", "number", "boolean", "null"],
    };

    private static string Kind(JsonTree value) => value.Kind switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n) && !value.Text!.Contains('.') ? "integer" : "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => "null",
    };

    private static string Found(JsonTree value) => Kind(value) switch
    {
        "object" => "an object",
        "array" => "a list",
        "string" => "a text",
        "null" => "null",
        "boolean" => value.Text!,
        _ => "a number",
    };

    // What belongs here, in words: "a whole number ≥ 1", "a date YYYY-MM-DD or null", "one of half-up, …".
    private static string Expected(JsonObject schema)
    {
        if (schema["enum"] is JsonArray names)
        {
            return $"one of {string.Join(", ", names.Select(n => n!.GetValue<string>()))}";
        }
        var words = Types(schema).Select(type => type switch
        {
            "integer" => schema["minimum"] is JsonValue min ? $"a whole number ≥ {min}" : "a whole number",
            "number" when schema["description"] is JsonValue description => description.GetValue<string>(),
            "number" => "a number",
            "string" when schema["format"]?.GetValue<string>() == "date" => "a date written YYYY-MM-DD",
            "string" when schema["description"] is JsonValue description => description.GetValue<string>(),
            "string" => "a text in double quotes",
            "boolean" => "true or false",
            "array" => "a list [ … ]",
            "object" => schema["properties"] is JsonObject p ? $"an object with {string.Join(", ", p.Select(m => m.Key))}" : "an object",
            _ => "null",
        });
        return string.Join(" or ", words);
    }
}
