using System.Text;
using System.Text.Json;

namespace SurveyFigures.Data;

/// <summary>
/// A JSON document with the line of every value, read once with Utf8JsonReader (JsonDocument keeps no positions), so
/// that every problem in study.json can be reported at the line of the member itself. A key given twice is refused here.
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(JsonTokenType kind, long line, string path, string? text)
    {
        Kind = kind;
        Line = line;
        Path = path;
        Text = text;
    }

    public JsonTokenType Kind { get; }
    public long Line { get; }
    /// <summary>Where the value sits, as a reader says it: <c>respondents.file</c>, <c>sources[0].id</c>.</summary>
    public string Path { get; }
    /// <summary>A scalar's text as written (strings unquoted, numbers verbatim).</summary>
    public string? Text { get; }
    public List<(string Name, JsonTree Value, long Line)> Members { get; } = [];
    public List<JsonTree> Items { get; } = [];

    /// <summary>The line of the value at <paramref name="path"/> (as <see cref="Path"/> writes it), or null.</summary>
    public long? LineOf(string path) =>
        Path == path ? Line : Members.Select(m => m.Value).Concat(Items).Select(v => v.LineOf(path)).FirstOrDefault(l => l is not null);

    public static JsonTree Parse(byte[] json, string shownFile)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var lines = new LineCounter(json);
        try
        {
            if (!reader.Read())
            {
                throw new DataFileException(shownFile, "the file is empty", expected: "a JSON object");
            }
            var tree = ReadValue(ref reader, lines, "", shownFile);
            return reader.Read()
                ? throw new DataFileException(shownFile, "more than one JSON value", lines.At(reader.TokenStartIndex), expected: "a single JSON object")
                : tree;
        }
        catch (JsonException e)
        {
            throw new DataFileException(shownFile, $"not valid JSON: {e.Message.Split(" LineNumber:", 2)[0]}", (e.LineNumber ?? 0) + 1,
                expected: "JSON (names and strings in double quotes, no trailing comma)", inner: e);
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, LineCounter lines, string path, string shownFile)
    {
        var line = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var tree = new JsonTree(JsonTokenType.StartObject, line, path, null);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        var nameLine = lines.At(reader.TokenStartIndex);
                        var memberPath = path.Length == 0 ? name : $"{path}.{name}";
                        if (tree.Members.Any(m => m.Name == name))
                        {
                            throw new DataFileException(shownFile, "a key given twice", nameLine, memberPath,
                                expected: $"each member once (the first is on line {tree.Members.First(m => m.Name == name).Line})");
                        }
                        reader.Read();
                        tree.Members.Add((name, ReadValue(ref reader, lines, memberPath, shownFile), nameLine));
                    }
                    return tree;
                }
            case JsonTokenType.StartArray:
                {
                    var tree = new JsonTree(JsonTokenType.StartArray, line, path, null);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        tree.Items.Add(ReadValue(ref reader, lines, $"{path}[{tree.Items.Count}]", shownFile));
                    }
                    return tree;
                }
            case JsonTokenType.String:
                return new JsonTree(JsonTokenType.String, line, path, reader.GetString());
            default:
                return new JsonTree(reader.TokenType, line, path, Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()));
        }
    }

    /// <summary>Line numbers from byte offsets, counted forward once (offsets only grow while reading).</summary>
    private sealed class LineCounter(byte[] json)
    {
        private long offset;
        private long line = 1;

        public long At(long position)
        {
            for (; offset < position && offset < json.Length; offset++)
            {
                if (json[offset] == (byte)'\n')
                {
                    line++;
                }
            }
            return line;
        }
    }
}
